import { Alert, App, Button, Card, Divider, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficeStatus } from '../../../../shared/api';
import { CENTRAL_CODE } from '../../../../shared/sync-format';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Translated } from '../../components/Translated';
import { RestoreKeyBackup } from './OfficeCard';

interface Values {
  level: 'central' | 'provincial';
  province?: string;
  name: string;
}

/**
 * First run: which office is this computer. Done once; the keys are created here. Its messages follow a language
 * switch (Translated): the language is often switched on this first screen.
 */
export function OfficeSetup({ status }: { status: OfficeStatus }) {
  const { t, i18n } = useTranslation();
  const init = useApiMutation('office.init', ['office.status', 'demo.status']);
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('level', form);
  const { modal } = App.useApp();
  const submit = (v: Values) => {
    const code = v.level === 'central' ? CENTRAL_CODE : (v.province ?? '');
    const province = status.provinces.find((p) => p.code === code);
    const office = v.level === 'central' ? t('syncPage.central') : province ? (i18n.language === 'lo' ? province.nameLo : province.nameEn) : code;
    // Said back before the keys are made: the code and province cannot be changed afterwards.
    modal.confirm({
      title: t('syncPage.confirmSetupTitle', { office }),
      content: t('syncPage.confirmSetupText', { code, name: v.name.trim() }),
      okText: t('syncPage.create'),
      cancelText: t('syncPage.confirmSetupBack'),
      autoFocusButton: 'cancel',
      onOk: () => init.mutate({ code, level: v.level, provinceCode: v.level === 'central' ? null : code, name: v.name }),
    });
  };
  return (
    <Card title={t('syncPage.setupTitle')}>
      <Typography.Paragraph>{t('syncPage.setupHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ level: 'provincial' }} onFinish={submit} style={{ maxWidth: 520 }}>
        <Form.Item name="level" label={t('syncPage.level')}>
          <Radio.Group
            options={[
              { value: 'provincial', label: t('syncPage.provincial') },
              { value: 'central', label: t('syncPage.central') },
            ]}
          />
        </Form.Item>
        {level !== 'central' && (
          <Form.Item name="province" label={t('syncPage.province')} rules={[{ required: true, message: <Translated k="validation.provinceRequired" /> }]}>
            <Select
              aria-label={t('syncPage.province')}
              showSearch
              optionFilterProp="label"
              options={status.provinces.map((p) => ({ value: p.code, label: `${i18n.language === 'lo' ? p.nameLo : p.nameEn} (${p.code})` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('syncPage.officeName')} rules={[{ required: true, whitespace: true, message: <Translated k="validation.required" /> }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={init.isPending}>
          {t('syncPage.create')}
        </Button>
      </Form>
      {init.error && <div style={{ marginTop: 16 }}><ErrorAlert error={init.error} /></div>}
      <Alert style={{ marginTop: 16 }} type="info" showIcon title={t(`syncPage.keyStorage_${status.keyStorage}`)} />
      <Divider />
      <RestoreKeyBackup firstRun />
    </Card>
  );
}
