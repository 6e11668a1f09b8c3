import { Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { useErrorText } from '../../components/use-error-text';
import { useHomeProvinceId, useLocalName, useMaintainsReference, useReference } from '../../hooks/use-reference';
import { VillagesTable } from './VillagesTable';
import { useMessage } from '../../components/use-message';

/** Districts of a province and their villages; users add villages, central adds districts. */
export function PlacesCard() {
  const { t } = useTranslation();
  const message = useMessage();
  const reference = useReference();
  const canAddDistrict = useMaintainsReference();
  const name = useLocalName();
  const errorText = useErrorText();
  const [provinceId, setProvinceId] = useState<string | undefined>();
  // A provincial office starts on its own province; otherwise the first one with districts.
  const home = useHomeProvinceId();
  const province = provinceId ?? home ?? reference.provinces.find((p) => reference.districts.some((d) => d.provinceId === p.id))?.id;
  const addDistrict = useApiMutation('reference.addDistrict', ['reference.geography']);
  const addVillage = useApiMutation('reference.addVillage', ['reference.geography']);
  const [districtForm] = Form.useForm();
  const [villageForm] = Form.useForm();
  const districts = reference.districts.filter((d) => d.provinceId === province);

  const submit = async (form: typeof districtForm, run: (v: Record<string, string>) => Promise<unknown>) => {
    // An invalid form shows its messages beside the fields; nothing more to do (and no unhandled rejection).
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await run(v);
      form.resetFields();
      message.success(t('reference.added'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const required = [{ required: true, message: t('validation.required') }];

  return (
    <Card title={t('reference.places')}>
      <Typography.Paragraph type="secondary">
        {t('reference.placesHelp')} {t('reference.villagesHelp')}
      </Typography.Paragraph>
      <Select
        aria-label={t('roster.field.province')}
        style={{ width: 260, marginBottom: 12 }}
        value={province}
        onChange={setProvinceId}
        showSearch={{ optionFilterProp: 'label' }}
        options={reference.provinces.map((p) => ({ value: p.id, label: name(p) }))}
      />
      <Table<District>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={districts}
        expandable={{
          expandedRowRender: (d) => <VillagesTable districtId={d.id} />,
          rowExpandable: (d) => reference.villages.some((v) => v.districtId === d.id),
        }}
        columns={[
          { title: t('roster.field.district'), key: 'name', render: (_: unknown, d) => name(d) },
          {
            title: t('roster.field.village'),
            key: 'villages',
            render: (_: unknown, d) => {
              const villages = reference.villages.filter((v) => v.districtId === d.id);
              return (
                <Typography.Text type="secondary">
                  {t('reference.villagesIn', { count: villages.length })}
                  {villages.length > 0 && `: ${villages.map((v) => name(v)).join(', ')}`}
                </Typography.Text>
              );
            },
          },
        ]}
      />
      <Space direction="vertical" style={{ marginTop: 16, width: '100%' }}>
        <Form form={villageForm} layout="inline" aria-label={t('reference.addVillage')}>
          <Form.Item name="districtId" rules={required}>
            <Select
              aria-label={t('roster.field.district')}
              placeholder={t('roster.field.district')}
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={districts.map((d) => ({ value: d.id, label: name(d) }))}
            />
          </Form.Item>
          <Form.Item name="nameLo" rules={required}>
            <Input aria-label={t('roster.field.nameLo')} placeholder={t('roster.field.nameLo')} lang="lo" />
          </Form.Item>
          <Form.Item name="nameEn">
            <Input aria-label={t('roster.field.nameEn')} placeholder={t('roster.field.nameEn')} />
          </Form.Item>
          <Button onClick={() => void submit(villageForm, (v) => addVillage.mutateAsync({ districtId: v.districtId, nameLo: v.nameLo, nameEn: v.nameEn ?? '' }))}>
            {t('reference.addVillage')}
          </Button>
        </Form>
        {canAddDistrict && (
          <Form form={districtForm} layout="inline" aria-label={t('reference.addDistrict')}>
            <Form.Item name="nameLo" rules={required}>
              <Input aria-label={`${t('reference.addDistrict')}: ${t('roster.field.nameLo')}`} placeholder={t('roster.field.nameLo')} lang="lo" />
            </Form.Item>
            <Form.Item name="nameEn" rules={required}>
              <Input aria-label={`${t('reference.addDistrict')}: ${t('roster.field.nameEn')}`} placeholder={t('roster.field.nameEn')} />
            </Form.Item>
            <Button disabled={!province} onClick={() => void submit(districtForm, (v) => addDistrict.mutateAsync({ provinceId: province!, nameLo: v.nameLo, nameEn: v.nameEn }))}>
              {t('reference.addDistrict')}
            </Button>
          </Form>
        )}
      </Space>
    </Card>
  );
}
