import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/queries';
import { useErrorText } from '../components/use-error-text';
import { useLocalName, useReference } from '../hooks/use-reference';
import { useMessage } from '../components/use-message';

/** Records a qualification earned before the app was used (a certificate, a list from central). */
export function AddQualificationButton({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ moduleId: string; earnedOn: Dayjs; notes?: string }>();
  const reference = useReference();
  const name = useLocalName();
  const errorText = useErrorText();
  const add = useApiMutation('qualification.add', ['roster.get', 'roster.search', 'teams.list']);
  // Said in the dialog, beside what it is about, rather than in a message behind it.
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async () => {
    // An invalid form shows its messages beside the fields; nothing more to do (and no unhandled rejection).
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await add.mutateAsync({ personId, moduleId: v.moduleId, earnedOn: v.earnedOn.format('YYYY-MM-DD'), notes: v.notes || undefined });
      message.success(t('roster.qualificationAdded', { module: name(reference.byId.get(v.moduleId)) }));
      setOpen(false);
    } catch (e) {
      setRefusal(errorText(e));
    }
  };
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('roster.addQualification')}
      </Button>
      {/* Cancelled or saved, the dialog opens empty next time: half-typed values must not slip into another record. */}
      <Modal
        open={open}
        title={t('roster.addQualification')}
        onCancel={() => setOpen(false)}
        afterClose={() => {
          form.resetFields();
          setRefusal(null);
        }}
        onOk={() => void submit()}
        confirmLoading={add.isPending}
        okText={t('roster.save')}
        cancelText={t('roster.cancel')}
      >
        {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />}
        <Form form={form} layout="vertical" onValuesChange={() => setRefusal(null)}>
          <Form.Item name="moduleId" label={t('roster.field.module')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select aria-label={t('roster.field.module')} showSearch={{ optionFilterProp: 'label' }} options={reference.modules.map((m) => ({ value: m.id, label: name(m) }))} />
          </Form.Item>
          <Form.Item name="earnedOn" label={t('roster.field.earnedOn')} rules={[{ required: true, message: t('validation.date') }]}>
            <DatePicker aria-label={t('roster.field.earnedOn')} format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="notes" label={t('roster.field.notes')}>
            <Input onPressEnter={() => void submit()} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
