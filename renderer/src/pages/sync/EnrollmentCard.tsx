import { Alert, Button, Card, Space, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileIn, OfficeInfo, OfficeSeen, RequestReview } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadFile } from '../../hooks/download';
import { useReadChosen } from './files';
import { Fingerprint } from './OfficeCard';

/**
 * An enrollment file opened but not yet acted on: the office it names and its fingerprint, which the person
 * compares with the other office's screen by phone before anything is written.
 */
function FingerprintCheck(props: {
  title: string;
  office: OfficeSeen;
  help: string;
  notes?: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card type="inner" title={props.title} role="region" aria-label={props.title}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Fingerprint value={props.office.fingerprint} />
        <Typography.Text>{props.help}</Typography.Text>
        {props.notes}
        <Space wrap>
          <Button type="primary" onClick={props.onConfirm} loading={props.busy}>
            {props.confirm}
          </Button>
          <Button onClick={props.onCancel} disabled={props.busy}>
            {t('syncPage.notNow')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}

/** What accepting would change for a province already enrolled, said before the person accepts. */
function reviewNote(t: (key: string, params: Record<string, string>) => string, review: RequestReview): ReactNode {
  const params = { code: review.province.code };
  if (review.replaced) return <Alert type="warning" showIcon title={t('syncPage.reviewReplaced', params)} />;
  if (review.restored) return <Alert type="warning" showIcon title={t('syncPage.reviewRestored', params)} />;
  if (review.again) return <Alert type="info" showIcon title={t('syncPage.reviewAgain', params)} />;
  return null;
}

/**
 * A province writes a request and opens central's reply; central opens requests and writes replies. Opening a
 * file only reads it: the office is enrolled when the person says the fingerprints match.
 */
export function EnrollmentCard({ office }: { office: OfficeInfo }) {
  const { t } = useTranslation();
  const request = useApiMutation('enroll.request');
  const reviewRequest = useApiMutation('enroll.reviewRequest');
  const accept = useApiMutation('enroll.accept', ['sync.audit']);
  const reviewReply = useApiMutation('enroll.reviewReply');
  const complete = useApiMutation('enroll.complete', ['sync.audit']);
  const [opened, setOpened] = useState<FileIn | null>(null);
  const [declined, setDeclined] = useState(false);
  const central = office.level === 'central';
  const error = request.error ?? reviewRequest.error ?? accept.error ?? reviewReply.error ?? complete.error;
  const review = central ? reviewRequest : reviewReply;

  const readChosen = useReadChosen();
  const open = (file: FileIn) => {
    for (const m of [reviewRequest, accept, reviewReply, complete]) m.reset();
    setDeclined(false);
    setOpened(null);
    review.mutate({ file }, { onSuccess: () => setOpened(file) });
  };
  const decline = () => {
    setOpened(null);
    setDeclined(true);
  };
  const opener = (label: string) => (
    <Upload
      accept=".json"
      showUploadList={false}
      beforeUpload={async (f) => {
        const file = await readChosen(f);
        if (file) open(file);
        return false;
      }}
    >
      <Button loading={review.isPending}>{label}</Button>
    </Upload>
  );

  return (
    <Card title={t('syncPage.enrollTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t(central ? 'syncPage.enrollHelpCentral' : 'syncPage.enrollHelpProvince')}</Typography.Paragraph>
        {central ? (
          opener(t('syncPage.openRequest'))
        ) : (
          <Space wrap>
            <Button onClick={() => request.mutate({}, { onSuccess: (f) => downloadFile(f) })} loading={request.isPending}>
              {t('syncPage.writeRequest')}
            </Button>
            {opener(t('syncPage.openReply'))}
          </Space>
        )}
        {request.data && <Alert type="info" showIcon title={t('syncPage.requestWritten', { fingerprint: request.data.fingerprint })} />}
        {opened && central && reviewRequest.data && (
          <FingerprintCheck
            title={t('syncPage.reviewRequestTitle', { name: reviewRequest.data.province.name, code: reviewRequest.data.province.code })}
            office={reviewRequest.data.province}
            help={t('syncPage.reviewRequestHelp')}
            notes={reviewNote(t, reviewRequest.data)}
            confirm={t('syncPage.acceptMatching')}
            busy={accept.isPending}
            onCancel={decline}
            onConfirm={() =>
              accept.mutate(
                { file: opened },
                {
                  onSuccess: (f) => {
                    setOpened(null);
                    downloadFile(f);
                  },
                },
              )
            }
          />
        )}
        {opened && !central && reviewReply.data && (
          <FingerprintCheck
            title={t('syncPage.reviewReplyTitle', { name: reviewReply.data.central.name, code: reviewReply.data.central.code })}
            office={reviewReply.data.central}
            help={t('syncPage.reviewReplyHelp')}
            notes={reviewReply.data.again ? <Alert type="info" showIcon title={t('syncPage.replyAgain', { code: reviewReply.data.central.code })} /> : null}
            confirm={t('syncPage.completeMatching')}
            busy={complete.isPending}
            onCancel={decline}
            onConfirm={() => complete.mutate({ file: opened }, { onSuccess: () => setOpened(null) })}
          />
        )}
        {declined && <Alert type="info" showIcon title={t('syncPage.declined')} />}
        {accept.data && (
          <Alert
            type="success"
            showIcon
            title={t('syncPage.accepted', { code: accept.data.province.code, fingerprint: accept.data.fingerprint })}
            description={
              accept.data.replaced
                ? t('syncPage.acceptedAgain', { code: accept.data.province.code })
                : accept.data.restored
                  ? t('syncPage.acceptedRestored', { code: accept.data.province.code })
                  : undefined
            }
          />
        )}
        {complete.data && (
          <Alert type="success" showIcon title={t(complete.data.again ? 'syncPage.replyAgain' : 'syncPage.completed', { code: complete.data.central.code })} />
        )}
        {error && <ErrorAlert error={error} />}
      </Space>
    </Card>
  );
}
