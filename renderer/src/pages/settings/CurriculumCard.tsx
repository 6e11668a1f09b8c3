import { Alert, Button, Card, Form, Input, Table, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { useErrorText } from '../../components/use-error-text';
import { useFormErrors } from '../../hooks/use-form-errors';
import { NamedItemModal } from './NamedItemModal';
import { useLocalName, useMaintainsReference, useReference } from '../../hooks/use-reference';
import { useMessage } from '../../components/use-message';

/** The curriculum modules and their refresher periods, maintained by central. */
export function CurriculumCard() {
  const { t } = useTranslation();
  const message = useMessage();
  const reference = useReference();
  const canEdit = useMaintainsReference();
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
    <Card title={t('reference.curriculum')} extra={canEdit && <Button onClick={() => open({ refresherMonths: 24 })}>{t('reference.addModule')}</Button>}>
      <Typography.Paragraph type="secondary">{t('reference.curriculumHelp')}</Typography.Paragraph>
      {canEdit === false && <Alert type="info" showIcon message={t('reference.centralMaintains')} style={{ marginBottom: 12 }} />}
      <Table<Module>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={reference.modules}
        columns={[
          { title: t('roster.field.module'), key: 'name', render: (_: unknown, m) => name(m) },
          { title: t('reference.refresherMonths'), dataIndex: 'refresherMonths', width: 190 },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'edit',
                  width: 90,
                  render: (_: unknown, m: Module) => (
                    <Button size="small" aria-label={`${t('reference.editModule')}: ${name(m)}`} onClick={() => open(m)}>
                      {t('roster.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <NamedItemModal
        name="module"
        title={editing ? (editing.id ? t('reference.editModule') : t('reference.addModule')) : null}
        form={form}
        saving={save.isPending}
        onSave={() => void submit()}
        onCancel={() => setEditing(null)}
        onValuesChange={errors.clearChanged}
        before={
          <Form.Item name="code" label={t('reference.code')} required>
            <Input />
          </Form.Item>
        }
      >
        <Form.Item name="refresherMonths" label={t('reference.refresherMonths')} required>
          <NumberInput aria-label={t('reference.refresherMonths')} />
        </Form.Item>
      </NamedItemModal>
    </Card>
  );
}
