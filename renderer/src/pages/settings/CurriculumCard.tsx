import { App, Button, Card, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { useErrorText } from '../../components/use-error-text';
import { useFormErrors } from '../../hooks/use-form-errors';
import { useLocalName, useReference } from '../../hooks/use-reference';

/** The curriculum modules and their refresher periods, maintained by central. */
export function CurriculumCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reference = useReference();
  const name = useLocalName();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const errors = useFormErrors(form);
  const save = useApiMutation('reference.saveModule', ['reference.geography', 'teams.list']);
  const [editing, setEditing] = useState<Partial<Module> | null>(null);

  const open = (m: Partial<Module>) => {
    setEditing(m);
    form.resetFields();
    form.setFieldsValue(m);
  };
  const submit = async () => {
    const v = form.getFieldsValue(true);
    try {
      await save.mutateAsync({ id: editing?.id, code: v.code ?? '', nameLo: v.nameLo ?? '', nameEn: v.nameEn ?? '', refresherMonths: v.refresherMonths });
      setEditing(null);
    } catch (e) {
      if (!errors.fromApi(e)) message.error(errorText(e));
    }
  };

  return (
    <Card title={t('reference.curriculum')} extra={<Button onClick={() => open({ refresherMonths: 24 })}>{t('reference.addModule')}</Button>}>
      <Typography.Paragraph type="secondary">{t('reference.curriculumHelp')}</Typography.Paragraph>
      <Table<Module>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={reference.modules}
        columns={[
          { title: t('roster.field.module'), key: 'name', render: (_: unknown, m) => name(m) },
          { title: t('reference.refresherMonths'), dataIndex: 'refresherMonths', width: 190 },
          {
            title: '',
            key: 'edit',
            width: 90,
            render: (_: unknown, m) => (
              <Button size="small" aria-label={`${t('reference.editModule')}: ${name(m)}`} onClick={() => open(m)}>
                {t('roster.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={editing?.id ? t('reference.editModule') : t('reference.addModule')}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        okText={t('roster.save')}
        cancelText={t('roster.cancel')}
        confirmLoading={save.isPending}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="code" label={t('reference.code')} required>
            <Input />
          </Form.Item>
          <Form.Item name="nameLo" label={t('roster.field.nameLo')} required>
            <Input lang="lo" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('roster.field.nameEn')} required>
            <Input />
          </Form.Item>
          <Form.Item name="refresherMonths" label={t('reference.refresherMonths')} required>
            <InputNumber aria-label={t('reference.refresherMonths')} min={1} max={120} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
