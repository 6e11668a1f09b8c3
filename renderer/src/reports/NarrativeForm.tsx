import { Button, Card, Form, Input, Typography } from 'antd';
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRequest } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useErrorText } from '../components/use-error-text';
import { useMessage } from '../components/use-message';

const fields = ['achievements', 'challenges', 'lessons'] as const;
type Narrative = Record<(typeof fields)[number], string>;

/** What the Reports page asks of the narrative before it previews or writes a report. */
export interface NarrativeHandle {
  /** Saves what was typed and not yet saved; resolves once it is stored (or nothing needed saving). */
  flush(): Promise<void>;
}

const same = (a: Partial<Narrative>, b: Partial<Narrative>) => fields.every((f) => (a[f] ?? '') === (b[f] ?? ''));

/**
 * The texts only people can write, kept with the report's kind, month, province and language. Saved when a
 * field is left and before the page previews or writes the report, so that text on the screen is never
 * missing from the Word file, nor lost when the month changes.
 */
export function NarrativeForm({ request, ref }: { request: ReportRequest; ref?: Ref<NarrativeHandle> }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const [form] = Form.useForm<Narrative>();
  const narrative = useApiQuery('reports.getNarrative', request);
  const save = useApiMutation('reports.saveNarrative', ['reports.getNarrative', 'reports.preview']);
  // What the database holds for this request, to tell typed text from saved text.
  const stored = useRef<Partial<Narrative>>({});
  // Only a save asked for by the button shows on it: the save a box starts when it loses focus would otherwise
  // turn the button to "loading" between the press and the click, and the click on it would be lost.
  const [announcing, setAnnouncing] = useState(false);
  const loadedFor = useRef<string | null>(null);
  const key = JSON.stringify(request);
  useEffect(() => {
    const data = narrative.data;
    if (!data) return;
    // Read again after each save: a box typed in since the last read keeps its text (saving one box while the
    // user types in the next wiped the next). Another month or province starts from what is stored for it.
    const typed = form.getFieldsValue(true) as Partial<Narrative>;
    const sameReport = loadedFor.current === key;
    const keep = (f: (typeof fields)[number]) => sameReport && (typed[f] ?? '') !== (stored.current[f] ?? '');
    form.setFieldsValue(Object.fromEntries(fields.map((f) => [f, keep(f) ? typed[f] : data[f]])));
    stored.current = data;
    loadedFor.current = key;
  }, [narrative.data, form, key]);

  const store = async (announce: boolean) => {
    const values = form.getFieldsValue(true) as Narrative;
    if (!announce && (narrative.isLoading || same(values, stored.current))) return;
    if (announce) setAnnouncing(true);
    try {
      await save.mutateAsync({ request, narrative: values });
      stored.current = values;
      if (announce) void message.success(t('reports.page.narrativeSaved'));
    } catch (e) {
      void message.error(errorText(e));
      throw e;
    } finally {
      if (announce) setAnnouncing(false);
    }
  };
  useImperativeHandle(ref, () => ({ flush: () => store(false) }));

  return (
    <Card title={t('reports.page.narrative')} loading={narrative.isLoading}>
      <Typography.Paragraph type="secondary">{t('reports.page.narrativeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={() => void store(true).catch(() => undefined)}>
        {fields.map((f) => (
          <Form.Item key={f} name={f} label={t(`reports.doc.${f}`)}>
            <Input.TextArea aria-label={t(`reports.doc.${f}`)} autoSize={{ minRows: 3, maxRows: 12 }} onBlur={() => void store(false).catch(() => undefined)} />
          </Form.Item>
        ))}
        <Button htmlType="submit" loading={announcing}>
          {t('reports.page.saveNarrative')}
        </Button>
      </Form>
    </Card>
  );
}
