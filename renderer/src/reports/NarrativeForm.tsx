import { Button, Card, Form, Input, message } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRequest } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useErrorText } from '../components/use-error-text';

const fields = ['achievements', 'challenges', 'lessons'] as const;

/** The texts only people can write, kept with the report's kind, month, province and language. */
export function NarrativeForm({ request }: { request: ReportRequest }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const narrative = useApiQuery('reports.getNarrative', request);
  const save = useApiMutation('reports.saveNarrative', ['reports.getNarrative', 'reports.preview']);
  useEffect(() => {
    if (narrative.data) form.setFieldsValue(narrative.data);
  }, [narrative.data, form]);
  return (
    <Card title={t('reports.page.narrative')} loading={narrative.isLoading}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate({ request, narrative: values }, { onSuccess: () => void message.success(t('reports.page.narrativeSaved')), onError: (e) => void message.error(errorText(e)) })
        }
      >
        {fields.map((f) => (
          <Form.Item key={f} name={f} label={t(`reports.doc.${f}`)}>
            <Input.TextArea aria-label={t(`reports.doc.${f}`)} autoSize={{ minRows: 3, maxRows: 12 }} />
          </Form.Item>
        ))}
        <Button htmlType="submit" loading={save.isPending}>
          {t('reports.page.saveNarrative')}
        </Button>
      </Form>
    </Card>
  );
}
