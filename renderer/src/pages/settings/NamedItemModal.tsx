import { type FormInstance, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The add/edit dialog of a piece of reference data central keeps in both languages: the two names, then the
 * item's own fields. `name` prefixes the field ids, so labels stay tied to their inputs when several such
 * forms are on the Settings page at once.
 */
export function NamedItemModal(p: {
  name: string;
  title: string | null;
  form: FormInstance;
  saving: boolean;
  onSave(): void;
  onCancel(): void;
  onValuesChange(changed: Record<string, unknown>): void;
  before?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={p.title !== null}
      title={p.title}
      onCancel={p.onCancel}
      onOk={p.onSave}
      okText={t('roster.save')}
      cancelText={t('roster.cancel')}
      confirmLoading={p.saving}
    >
      <Form form={p.form} name={p.name} layout="vertical" onValuesChange={p.onValuesChange}>
        {p.before}
        <Form.Item name="nameLo" label={t('reference.nameLo')} required>
          <Input lang="lo" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('reference.nameEn')} required>
          <Input />
        </Form.Item>
        {p.children}
      </Form>
    </Modal>
  );
}
