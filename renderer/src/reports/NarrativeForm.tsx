import { Button, Card, Form, Input, Typography } from 'antd';
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRequest } from '../../../shared/api';
import { NARRATIVE_MAX, narrativeInput } from '../../../shared/api/reports';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useErrorText } from '../components/use-error-text';
import { useMessage } from '../components/use-message';
import { useFormErrors } from '../hooks/use-form-errors';

const fields = ['achievements', 'challenges', 'lessons'] as const;
type Narrative = Record<(typeof fields)[number], string>;

/** What the Reports page asks of the narrative before it previews or writes a report. */
export interface NarrativeHandle {
  /** Saves what was typed and not yet saved; resolves once it is stored (or nothing needed saving). */
  flush(): Promise<void>;
}

const same = (a: Partial<Narrative>, b: Partial<Narrative>) => fields.every((f) => (a[f] ?? '') === (b[f] ?? ''));

/**
 * How long after the last key a box is saved. Power cuts are common in these offices: a narrative saved only
 * when its box was left was lost whole if the power went first.
 */
const AUTOSAVE_MS = 1500;

/** A box too long to store: its message is beside it, and the report waits for it. */
class NarrativeInvalid extends Error {}

/**
 * What to store of the typed boxes: a box over the limit keeps its stored text (its own stays on the screen,
 * with the message beside it), so that the other boxes are still saved.
 */
function storable(values: Narrative, stored: Partial<Narrative>) {
  const checked = narrativeInput.safeParse(values);
  const bad = checked.success ? [] : fields.filter((f) => checked.error.issues.some((i) => i.path[0] === f));
  const saving = { ...values, ...Object.fromEntries(bad.map((f) => [f, stored[f] ?? ''])) } as Narrative;
  return { saving, bad, error: checked.success ? null : checked.error };
}

/**
 * The texts only people can write, kept with the report's kind, month, province and language. Saved as they
 * are typed, when a box is left, when the page is left, and before the page previews or writes the report, so
 * that text on the screen is never missing from the Word file, nor lost when the month changes.
 */
export function NarrativeForm({ request, ref }: { request: ReportRequest; ref?: Ref<NarrativeHandle> }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const [form] = Form.useForm<Narrative>();
  const errors = useFormErrors(form);
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

  // One save at a time, in the order asked: a slow save finishing after a later one would bring back older text.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The report the waiting text was typed for: by the time the wait ends, the page may show another month.
  const typedFor = useRef(request);
  const saveNow = async (announce: boolean, forRequest: ReportRequest, loaded: boolean) => {
    const values = form.getFieldsValue(true) as Narrative;
    // Before the stored text has loaded, the empty boxes are not what to store.
    if (!announce && (!loaded || same(values, stored.current))) return;
    const { saving, bad, error } = storable(values, stored.current);
    if (error) errors.fromIssues(error);
    if (announce) setAnnouncing(true);
    try {
      if (!same(saving, stored.current)) {
        await save.mutateAsync({ request: forRequest, narrative: saving });
        stored.current = saving;
      }
      if (bad.length) {
        // Centred, so that the message under a tall box is in view with it.
        form.scrollToField(bad[0]!, { block: 'center' });
        throw new NarrativeInvalid();
      }
      if (announce) void message.success(t('reports.page.narrativeSaved'));
    } catch (e) {
      if (!(e instanceof NarrativeInvalid)) void message.error(errorText(e));
      throw e;
    } finally {
      if (announce) setAnnouncing(false);
    }
  };
  const store = (announce: boolean): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const [forRequest, loaded] = [request, !narrative.isLoading];
    const next = queue.current.then(() => saveNow(announce, forRequest, loaded));
    queue.current = next.catch(() => undefined);
    return next;
  };
  const later = () => {
    typedFor.current = request;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void store(false).catch(() => undefined), AUTOSAVE_MS);
  };
  // Leaving the page, or this report for another month, saves what the wait had not saved yet, for the report
  // it was typed for: taken now, before the boxes show the next report's text.
  const leaving = useRef(() => undefined as void);
  leaving.current = () => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const { saving } = storable(form.getFieldsValue(true) as Narrative, stored.current);
    const forRequest = typedFor.current;
    queue.current = queue.current.then(() => save.mutateAsync({ request: forRequest, narrative: saving })).catch(() => undefined);
  };
  useEffect(() => () => leaving.current(), [key]);
  useImperativeHandle(ref, () => ({ flush: () => store(false) }));

  return (
    <Card title={t('reports.page.narrative')} loading={narrative.isLoading}>
      <Typography.Paragraph type="secondary">{t('reports.page.narrativeHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed) => {
          errors.clearChanged(changed);
          later();
        }}
        onFinish={() => void store(true).catch(() => undefined)}
      >
        {fields.map((f) => (
          <Form.Item key={f} name={f} label={t(`reports.doc.${f}`)}>
            <Input.TextArea
              aria-label={t(`reports.doc.${f}`)}
              autoSize={{ minRows: 3, maxRows: 12 }}
              // The count appears near the limit: how much to cut, not only that it is too long.
              count={{ max: NARRATIVE_MAX, show: ({ count }) => (count > NARRATIVE_MAX * 0.9 ? `${count} / ${NARRATIVE_MAX}` : null) }}
              onBlur={() => void store(false).catch(() => undefined)} />
          </Form.Item>
        ))}
        <Button htmlType="submit" loading={announcing}>
          {t('reports.page.saveNarrative')}
        </Button>
      </Form>
    </Card>
  );
}
