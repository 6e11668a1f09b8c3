import { Button, Form, Input, Modal, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Village } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { useErrorText } from '../../components/use-error-text';
import { useReference } from '../../hooks/use-reference';
import { useMessage } from '../../components/use-message';

/**
 * A district's villages, each with its name to correct or, while nothing names it, a delete: a typo in a
 * village added by hand otherwise stayed in every list and report, and a village added twice counted twice.
 */
export function VillagesTable({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const villages = useReference().villages.filter((v) => v.districtId === districtId);
  const rename = useApiMutation('reference.renameVillage', ['reference.geography']);
  const remove = useApiMutation('reference.deleteVillage', ['reference.geography']);
  const [editing, setEditing] = useState<Village | null>(null);
  const [form] = Form.useForm<{ nameLo: string; nameEn: string }>();

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  };
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !editing) return;
    if (await run(() => rename.mutateAsync({ id: editing.id, nameLo: v.nameLo, nameEn: v.nameEn ?? '' }), t('reference.villageRenamed'))) setEditing(null);
  };

  return (
    <>
      <Table<Village>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={villages}
        columns={[
          { title: t('roster.field.nameLo'), dataIndex: 'nameLo' },
          { title: t('roster.field.nameEn'), dataIndex: 'nameEn' },
          {
            title: '',
            key: 'actions',
            width: 200,
            render: (_: unknown, v) => (
              <Space>
                <Button size="small" aria-label={`${t('reference.editVillage')}: ${v.nameLo}`} onClick={() => (form.setFieldsValue({ nameLo: v.nameLo, nameEn: v.nameEn }), setEditing(v))}>
                  {t('roster.edit')}
                </Button>
                <Popconfirm
                  title={t('reference.deleteVillage', { name: v.nameLo })}
                  description={t('reference.deleteVillageRule')}
                  okText={t('roster.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('roster.cancel')}
                  onConfirm={() => run(() => remove.mutateAsync({ id: v.id }), t('reference.villageDeleted', { name: v.nameLo }))}
                >
                  <Button size="small" danger aria-label={`${t('roster.delete')}: ${v.nameLo}`}>
                    {t('roster.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('reference.editVillage')}
        okText={t('roster.save')}
        cancelText={t('roster.cancel')}
        okButtonProps={{ loading: rename.isPending }}
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form form={form} name="renameVillage" layout="vertical">
          <Form.Item name="nameLo" label={t('roster.field.nameLo')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input lang="lo" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('roster.field.nameEn')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
