import { Alert, Button, Form, Input, Radio, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRequest } from '../../../shared/api';
import { reportKinds } from '../../../shared/report-model';
import { useApiMutation, useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useErrorText } from '../components/use-error-text';
import { downloadFile } from '../hooks/download';
import { useHomeProvinceCode, useLocalName, useReference } from '../hooks/use-reference';
import { monthLabel, recentMonths } from './months';
import { NarrativeForm, type NarrativeHandle } from './NarrativeForm';
import { ReportHistory } from './ReportHistory';
import { ReportPreview } from './ReportPreview';
import { useMessage } from '../components/use-message';

const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Choose a report, see it, add the narrative, and make the Word file. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const reference = useReference();
  const name = useLocalName();
  const months = useMemo(() => recentMonths(24), []);
  const uiLanguage = i18n.language === 'en' ? 'en' : 'lo';
  const [request, setRequest] = useState<Omit<ReportRequest, 'language'>>({ kind: 'monthly', period: months[1]!, scope: '' });
  // The report is in the screen's language until the person chooses another for it.
  const [chosenLanguage, setChosenLanguage] = useState<ReportRequest['language'] | null>(null);
  const language = chosenLanguage ?? uiLanguage;
  // Who prepares the reports here is usually who prepared the last one: her name is offered until she types.
  const history = useApiQuery('reports.history', {});
  const [typedBy, setTypedBy] = useState<string | null>(null);
  const createdBy = typedBy ?? history.data?.[0]?.createdBy ?? '';
  const [showPreview, setShowPreview] = useState(false);
  // The preview opens below the narrative, out of sight on a small screen: each press brings it into view.
  // It scrolls once the preview has loaded: before that the page may be too short to bring it to the top.
  const previewAt = useRef<HTMLDivElement>(null);
  const [previewAsked, setPreviewAsked] = useState(0);
  const previewShown = useRef(0);
  // A provincial office reports on its own province unless it chooses another; central on the whole country.
  const home = useHomeProvinceCode();
  const scope = request.scope || home || (request.kind === 'monthly' ? reference.provinces[0]?.code ?? '' : 'all');
  const effective: ReportRequest = { ...request, scope, language };
  const ready = !!scope;
  const preview = useApiQuery('reports.preview', effective, { enabled: showPreview && ready });
  useEffect(() => {
    if (previewAsked === previewShown.current || preview.isFetching) return;
    previewShown.current = previewAsked;
    previewAt.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [previewAsked, preview.isFetching]);
  const generate = useApiMutation('reports.generate', ['reports.history']);
  const set = (patch: Partial<Omit<ReportRequest, 'language'>>) => setRequest((r) => ({ ...r, ...patch }));
  const scopeOptions = [
    ...(request.kind === 'monthly' ? [] : [{ value: 'all', label: t('reports.doc.scopeAll') }]),
    ...reference.provinces.map((p) => ({ value: p.code, label: name(p) })),
  ];
  const narrative = useRef<NarrativeHandle>(null);
  // Typed narrative goes into the report: saved first (a failed save has shown its message and stops here).
  const saveNarrative = () =>
    (narrative.current?.flush() ?? Promise.resolve()).then(
      () => true,
      () => false,
    );
  const onPreview = async () => {
    if (!(await saveNarrative())) return;
    setShowPreview(true);
    setPreviewAsked((n) => n + 1);
  };
  const onGenerate = async () => {
    if (!(await saveNarrative())) return;
    generate.mutate(
      { ...effective, createdBy },
      {
        onSuccess: (file) => {
          downloadFile(file, docxMime);
          void message.success(t('reports.page.generated', { file: file.fileName }));
        },
        onError: (e) => void message.error(errorText(e)),
      },
    );
  };
  return (
    <div className="page">
      <Typography.Title level={2}>{t('reports.page.title')}</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Form layout="inline">
          <Form.Item label={t('reports.page.kind')}>
            <Select aria-label={t('reports.page.kind')} style={{ width: 280 }} value={request.kind} onChange={(kind) => set({ kind, scope: '' })} options={reportKinds.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('reports.page.period')}>
            <Select aria-label={t('reports.page.period')} style={{ width: 170 }} value={request.period} onChange={(period) => set({ period })} options={months.map((m) => ({ value: m, label: monthLabel(m) }))} />
          </Form.Item>
          <Form.Item label={t('reports.page.scope')}>
            <Select aria-label={t('reports.page.scope')} style={{ width: 200 }} showSearch={{ optionFilterProp: 'label' }} value={scope || undefined} onChange={(s) => set({ scope: s })} options={scopeOptions} />
          </Form.Item>
          <Form.Item label={t('reports.page.language')}>
            <Radio.Group aria-label={t('reports.page.language')} value={language} onChange={(e) => setChosenLanguage(e.target.value)} options={[{ value: 'lo', label: t('app.lo') }, { value: 'en', label: t('app.en') }]} />
          </Form.Item>
        </Form>
        <Space wrap>
          <Input
            aria-label={t('reports.page.createdBy')}
            placeholder={t('reports.page.createdBy')}
            value={createdBy}
            onChange={(e) => setTypedBy(e.target.value)}
            onPressEnter={() => ready && createdBy.trim() && !generate.isPending && void onGenerate()}
            style={{ width: 220 }}
          />
          <Button onClick={() => void onPreview()} disabled={!ready}>{t('reports.page.preview')}</Button>
          <Button type="primary" onClick={() => void onGenerate()} disabled={!ready || !createdBy.trim()} loading={generate.isPending}>{t('reports.page.generate')}</Button>
        </Space>
        {/* Why the Word button waits: the name goes into the report's "prepared by" line. */}
        {!createdBy.trim() && <Typography.Text type="secondary">{t('validation.createdBy')}</Typography.Text>}
        {generate.isPending && (
          <Alert type="info" showIcon icon={<Spin size="small" />} role="status" title={t('reports.page.generating')} />
        )}
        {(request.kind === 'monthly' || request.kind === 'central') && ready && <NarrativeForm ref={narrative} request={effective} />}
        {showPreview && (
          <div ref={previewAt} style={{ scrollMarginTop: 16 }}>
            {preview.error && <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />}
            {preview.isFetching && !preview.data ? <Spin aria-label={t('app.loading')} /> : preview.data && <ReportPreview doc={preview.data} />}
          </div>
        )}
        <ReportHistory />
      </Space>
    </div>
  );
}
