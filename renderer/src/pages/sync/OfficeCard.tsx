import { Alert, App, Button, Card, Descriptions, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileIn, OfficeInfo, OfficeStatus } from '../../../../shared/api';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { useErrorText } from '../../components/use-error-text';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadFile } from '../../hooks/download';
import { readAsBase64 } from './files';

export function Fingerprint({ value }: { value: string }) {
  return (
    <Typography.Text strong style={{ fontSize: 20, letterSpacing: 2, fontFamily: 'monospace' }} copyable>
      {value}
    </Typography.Text>
  );
}

/**
 * Save the keys in a passphrase-protected file, or restore them from one. On a new PC's first run only the
 * restore is offered (restoreOnly): the office becomes the one in the backup, keys and fingerprint.
 */
export function KeyBackup({ restoreOnly = false }: { restoreOnly?: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [passphrase, setPassphrase] = useState('');
  // Typed twice for a backup: a typo there makes the backup useless, and nobody finds out until it is needed.
  const [repeat, setRepeat] = useState('');
  const backup = useApiMutation('office.backupKeys');
  const restore = useApiMutation('office.restoreKeys', ['office.status']);
  const long = passphrase.length >= 10;
  const errorText = useErrorText();
  // Keys other than the ones in use are restored only once the person has seen both fingerprints and said so.
  const restoreFrom = (file: FileIn, replace = false) =>
    restore.mutate(
      { file, passphrase, replace },
      {
        // Also said in a message: on the first run the office view replaces this card at once.
        onSuccess: (o) => void message.success(t('syncPage.restored', { code: o.code }), 10),
        onError: (e) => {
          if (!(e instanceof ApiCallError) || e.error.code !== 'office.restoreReplacesKeys') return;
          restore.reset();
          modal.confirm({
            title: t('syncPage.replaceKeysTitle'),
            content: errorText(e),
            okText: t('syncPage.replaceKeys'),
            okButtonProps: { danger: true },
            cancelText: t('syncPage.keepKeys'),
            onOk: () => restoreFrom(file, true),
          });
        },
      },
    );
  const differs = repeat !== '' && repeat !== passphrase;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{t(restoreOnly ? 'syncPage.restoreInsteadTitle' : 'syncPage.backupTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t(restoreOnly ? 'syncPage.restoreInsteadHelp' : 'syncPage.backupHelp')}</Typography.Text>
      <Space wrap align="start">
        <Space direction="vertical" size={0}>
          <Input.Password aria-label={t('syncPage.passphrase')} placeholder={t('syncPage.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} style={{ width: 260 }} />
          {passphrase !== '' && !long && <Typography.Text type="secondary">{t('syncPage.passphraseShort')}</Typography.Text>}
        </Space>
        {!restoreOnly && (
          <>
            <Space direction="vertical" size={0}>
              <Input.Password
                aria-label={t('syncPage.passphraseRepeat')}
                placeholder={t('syncPage.passphraseRepeat')}
                status={differs ? 'error' : undefined}
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                style={{ width: 260 }}
              />
              {differs && <Typography.Text type="danger">{t('syncPage.passphraseMismatch')}</Typography.Text>}
            </Space>
            <Button disabled={!long || repeat !== passphrase} loading={backup.isPending} onClick={() => backup.mutate({ passphrase }, { onSuccess: (f) => downloadFile(f) })}>
              {t('syncPage.backup')}
            </Button>
          </>
        )}
        <Upload
          accept=".age"
          showUploadList={false}
          disabled={!long || restore.isPending}
          beforeUpload={async (f) => {
            restoreFrom(await readAsBase64(f));
            return false;
          }}
        >
          <Button disabled={!long} loading={restore.isPending}>
            {t('syncPage.restore')}
          </Button>
        </Upload>
      </Space>
      {backup.data && <Alert type="success" showIcon role="status" title={t('syncPage.backupSaved', { file: backup.data.fileName })} />}
      {restore.data && <Alert type="success" showIcon title={t('syncPage.restored', { code: restore.data.code })} />}
      {(backup.error || restore.error) && <ErrorAlert error={backup.error ?? restore.error} />}
    </Space>
  );
}

export function OfficeCard({ office, keyStorage }: { office: OfficeInfo; keyStorage: OfficeStatus['keyStorage'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('syncPage.thisOffice')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
          <Descriptions.Item label={t('syncPage.code')}>{office.code}</Descriptions.Item>
          <Descriptions.Item label={t('syncPage.name')}>{office.name}</Descriptions.Item>
          <Descriptions.Item label={t('syncPage.level')}>{t(`syncPage.${office.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('syncPage.fingerprint')} span={3}>
            <Space direction="vertical" size={0}>
              <Fingerprint value={office.fingerprint} />
              <Typography.Text type="secondary">{t('syncPage.fingerprintHelp')}</Typography.Text>
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">{t(`syncPage.keyStorage_${keyStorage}`)}</Typography.Text>
        <KeyBackup />
      </Space>
    </Card>
  );
}
