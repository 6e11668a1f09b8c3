import { Alert, Button, Card, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficeInfo } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadFile } from '../../hooks/download';
import { readAsBase64 } from './files';

/** A province writes a request and opens central's reply; central opens requests and writes replies. */
export function EnrollmentCard({ office }: { office: OfficeInfo }) {
  const { t } = useTranslation();
  const request = useApiMutation('enroll.request');
  const accept = useApiMutation('enroll.accept', ['sync.audit']);
  const complete = useApiMutation('enroll.complete', ['sync.audit']);
  const central = office.level === 'central';
  const error = request.error ?? accept.error ?? complete.error;
  const opener = (label: string, onFile: (f: { fileName: string; base64: string }) => void) => (
    <Upload
      accept=".json"
      showUploadList={false}
      beforeUpload={async (f) => {
        onFile(await readAsBase64(f));
        return false;
      }}
    >
      <Button>{label}</Button>
    </Upload>
  );
  return (
    <Card title={t('syncPage.enrollTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t(central ? 'syncPage.enrollHelpCentral' : 'syncPage.enrollHelpProvince')}</Typography.Paragraph>
        {central ? (
          opener(t('syncPage.openRequest'), (file) => accept.mutate({ file }, { onSuccess: (f) => downloadFile(f) }))
        ) : (
          <Space wrap>
            <Button onClick={() => request.mutate({}, { onSuccess: (f) => downloadFile(f) })} loading={request.isPending}>
              {t('syncPage.writeRequest')}
            </Button>
            {opener(t('syncPage.openReply'), (file) => complete.mutate({ file }))}
          </Space>
        )}
        {request.data && <Alert type="info" showIcon title={t('syncPage.requestWritten', { fingerprint: request.data.fingerprint })} />}
        {accept.data && (
          <Alert
            type="success"
            showIcon
            title={t('syncPage.accepted', { code: accept.data.province.code, fingerprint: accept.data.province.fingerprint })}
            description={
              accept.data.replaced
                ? t('syncPage.acceptedAgain', { code: accept.data.province.code })
                : accept.data.restored
                  ? t('syncPage.acceptedRestored', { code: accept.data.province.code })
                  : undefined
            }
          />
        )}
        {complete.data && <Alert type="success" showIcon title={t('syncPage.completed', { code: complete.data.central.code, fingerprint: complete.data.central.fingerprint })} />}
        {error && <ErrorAlert error={error} />}
      </Space>
    </Card>
  );
}
