import { Alert, App, Button, Card, Descriptions, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileIn, OfficeInfo, OfficeStatus } from '../../../../shared/api';
import { PASSPHRASE_MIN } from '../../../../shared/api/sync';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { useErrorText } from '../../components/use-error-text';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadFile } from '../../hooks/download';
import { useReadChosen } from './files';
import { useMessage } from '../../components/use-message';

export function Fingerprint({ value }: { value: string }) {
  return (
    <Typography.Text strong style={{ fontSize: 20, letterSpacing: 2, fontFamily: 'monospace' }} copyable>
      {value}
    </Typography.Text>
  );
}

/** A passphrase box that says when it is too short for a key backup. */
function PassphraseInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={0}>
      <Input.Password aria-label={label} placeholder={label} value={value} onChange={(e) => onChange(e.target.value)} style={{ width: 260 }} />
      {value !== '' && value.length < PASSPHRASE_MIN && <Typography.Text type="secondary">{t('syncPage.passphraseShort')}</Typography.Text>}
    </Space>
  );
}

/** Saves this office's keys in a file protected by a passphrase, typed twice. */
function SaveKeyBackup() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  // Typed twice: a typo here makes the backup useless, and nobody finds out until it is needed.
  const [repeat, setRepeat] = useState('');
  const backup = useApiMutation('office.backupKeys');
  const differs = repeat !== '' && repeat !== passphrase;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{t('syncPage.backupTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t('syncPage.backupHelp')}</Typography.Text>
      <Space wrap align="start">
        <PassphraseInput label={t('syncPage.passphrase')} value={passphrase} onChange={setPassphrase} />
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
        <Button disabled={passphrase.length < PASSPHRASE_MIN || repeat !== passphrase} loading={backup.isPending} onClick={() =>
            backup.mutate(
              { passphrase },
              {
                onSuccess: (f) => {
                  downloadFile(f);
                  // Not left on the screen of a shared office PC once the file is saved.
                  setPassphrase('');
                  setRepeat('');
                },
              },
            )
          }
        >
          {t('syncPage.backup')}
        </Button>
      </Space>
      {backup.data && <Alert type="success" showIcon role="status" title={t('syncPage.backupSaved', { file: backup.data.fileName })} />}
      {backup.error && <ErrorAlert error={backup.error} />}
    </Space>
  );
}

/**
 * Restores the keys from a backup file, with the backup's own passphrase box (not the one a new backup is
 * saved with). On a new PC's first run (firstRun) the office becomes the one in the backup, keys and
 * fingerprint; on an office set up already, keys other than the ones in use are restored only once the person
 * has seen both fingerprints and said so.
 */
export function RestoreKeyBackup({ firstRun = false }: { firstRun?: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const message = useMessage();
  const [passphrase, setPassphrase] = useState('');
  const restore = useApiMutation('office.restoreKeys', ['office.status', 'demo.status']);
  const errorText = useErrorText();
  const long = passphrase.length >= PASSPHRASE_MIN;
  const readChosen = useReadChosen();
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
            // Enter keeps the keys in use: replacing them is the step to take on purpose.
            autoFocusButton: 'cancel',
            cancelText: t('syncPage.keepKeys'),
            onOk: () => restoreFrom(file, true),
          });
        },
      },
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{t(firstRun ? 'syncPage.restoreInsteadTitle' : 'syncPage.restoreTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t(firstRun ? 'syncPage.restoreInsteadHelp' : 'syncPage.restoreHelp')}</Typography.Text>
      <Space wrap align="start">
        <PassphraseInput label={t('syncPage.backupPassphrase')} value={passphrase} onChange={setPassphrase} />
        <Upload
          accept=".age"
          showUploadList={false}
          disabled={!long || restore.isPending}
          beforeUpload={async (f) => {
            const file = await readChosen(f);
            if (file) restoreFrom(file);
            return false;
          }}
        >
          <Button disabled={!long} loading={restore.isPending}>
            {t('syncPage.restore')}
          </Button>
        </Upload>
      </Space>
      {restore.data && <Alert type="success" showIcon title={t('syncPage.restored', { code: restore.data.code })} />}
      {restore.error && <ErrorAlert error={restore.error} />}
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
        <SaveKeyBackup />
        <RestoreKeyBackup />
      </Space>
    </Card>
  );
}
