import { Button, Col, DatePicker, Drawer, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../../shared/api';
import { moveRange, placeDepth, sessionInput, sessionKinds, sessionLevels } from '../../../shared/calendar-rules';
import { useApiMutation, useApiQuery } from '../api/queries';
import { PlaceSelects } from '../components/PlaceSelects';
import { useErrorText } from '../components/use-error-text';
import { useFormErrors } from '../hooks/use-form-errors';
import { useLocalName, useReference } from '../hooks/use-reference';
import { useSessionLabel } from './use-session-label';
import { WarningList } from './WarningList';
import { usePersonOptions } from '../hooks/use-person-options';
import { useMessage } from '../components/use-message';

export const calendarChannels = ['calendar.list', 'calendar.get', 'calendar.cascade', 'calendar.coverage', 'dashboard.summary'] as const;
const iso = (d: Dayjs | null | undefined) => (d && d.isValid() ? d.format('YYYY-MM-DD') : undefined);

/** Levels above a session's own: the trainings that can have prepared it. */
const higherLevels = (level: string) => sessionLevels.slice(0, Math.max(0, sessionLevels.indexOf(level as never)));

export function SessionFormDrawer({ open, session, startDate, onClose, onSaved }: {
  open: boolean;
  session?: SessionRow;
  startDate?: string;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm();
  const reference = useReference();
  const name = useLocalName();
  const { label } = useSessionLabel();
  const errors = useFormErrors(form);
  const errorText = useErrorText();
  const create = useApiMutation('calendar.create', [...calendarChannels]);
  const update = useApiMutation('calendar.update', [...calendarChannels]);
  const people = useApiQuery('roster.search', {}, { enabled: open });
  const personOptions = usePersonOptions(people.data);
  const teams = useApiQuery('teams.list', {}, { enabled: open });

  const values = Form.useWatch([], form) ?? {};
  // A held session's dates are facts its attendees' qualifications are dated from: the backend refuses to change them.
  const held = session?.status === 'held';
  // A postponed or cancelled session keeps its status through an edit (the backend's rule): no choice here.
  const keptStatus = session?.status === 'postponed' || session?.status === 'cancelled' ? session.status : null;
  const level: string = values.level ?? 'district';
  const start = iso(values.startDate);
  const end = iso(values.endDate);
  const draft = { id: session?.id, startDate: start ?? '', endDate: end ?? '', moduleIds: values.moduleIds ?? [], facilitatorIds: values.facilitatorIds ?? [] };
  // Dates that make no range are not checked, and the last check's result must not stand for them either.
  const datesMakeARange = !!start && !!end && start <= end;
  const check = useApiQuery('calendar.check', draft, { enabled: open && datesMakeARange, placeholderData: (prev) => prev });
  const parents = useApiQuery(
    'calendar.list',
    { from: dayjs(start ?? undefined).subtract(3, 'year').format('YYYY-MM-DD'), to: start ?? dayjs().format('YYYY-MM-DD'), kinds: ['tot', 'refresher'] },
    { enabled: open && level !== 'central' },
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const s = session;
    form.setFieldsValue(
      s
        ? { ...s, startDate: dayjs(s.startDate), endDate: dayjs(s.endDate), status: s.status === 'confirmed' ? 'confirmed' : 'planned' }
        : { kind: 'tot', level: 'district', status: 'planned', startDate: startDate ? dayjs(startDate) : undefined, endDate: startDate ? dayjs(startDate) : undefined, moduleIds: [], facilitatorIds: [] },
    );
  }, [open, session, startDate, form]);

  const submit = async () => {
    const all = form.getFieldsValue(true);
    const depth = placeDepth[all.level as keyof typeof placeDepth] ?? 0;
    const input = {
      kind: all.kind,
      level: all.level,
      title: all.title ?? null,
      provinceId: depth >= 1 ? all.provinceId : null,
      districtId: depth >= 2 ? all.districtId : null,
      villageId: depth >= 3 ? all.villageId : null,
      venue: all.venue ?? null,
      startDate: iso(all.startDate) ?? '',
      endDate: iso(all.endDate) ?? '',
      status: all.status,
      parentSessionId: all.parentSessionId ?? null,
      teamId: all.teamId ?? null,
      moduleIds: all.moduleIds ?? [],
      facilitatorIds: all.facilitatorIds ?? [],
      notes: all.notes ?? null,
      followUp: all.followUp ?? null,
    };
    const parsed = sessionInput.safeParse(input);
    if (!parsed.success) return void errors.fromIssues(parsed.error);
    try {
      const saved = session ? await update.mutateAsync({ id: session.id, session: input }) : await create.mutateAsync(input);
      const n = saved.warnings.length;
      const replanned = keptStatus === 'postponed' && saved.session.status !== 'postponed';
      const key = `calendar.saved${replanned ? 'Replanned' : ''}${n > 0 ? 'WithWarnings' : ''}` as const;
      (n > 0 ? message.warning : message.success)(t(key, { count: n }));
      onSaved(saved.session.id);
    } catch (e) {
      if (!errors.fromApi(e)) message.error(errorText(e));
    }
  };

  const parentOptions = (parents.data ?? [])
    .filter((p) => p.id !== session?.id && higherLevels(level).includes(p.level))
    .map((p) => ({ value: p.id, label: `${p.startDate} · ${label(p)}` }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={680}
      title={session ? t('calendar.editSession') : t('calendar.newSession')}
      destroyOnHidden
      // Warnings sit in the footer so they stay in sight while any field above them changes.
      footer={
        <div aria-live="polite" style={{ maxHeight: 180, overflow: 'auto' }}>
          {/* "No warnings" speaks of the facilitators: said of none chosen, on a form not yet filled, it misled. */}
          <WarningList warnings={datesMakeARange ? check.data : undefined} loading={check.isFetching} showNone={draft.facilitatorIds.length > 0} />
        </div>
      }
      extra={
        <Space>
          <Button onClick={onClose}>{t('calendar.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => void submit()}>
            {t('calendar.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" requiredMark onValuesChange={errors.clearChanged}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={t('calendar.field.kind')} required>
              <Select aria-label={t('calendar.field.kind')} showSearch={{ optionFilterProp: 'label' }} options={sessionKinds.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('calendar.field.status')} hidden={held || !!keptStatus}>
              <Radio.Group aria-label={t('calendar.field.status')} optionType="button" options={['planned', 'confirmed'].map((s) => ({ value: s, label: t(`calendar.status.${s}`) }))} />
            </Form.Item>
            {keptStatus && (
              <Form.Item label={t('calendar.field.status')}>
                <Typography.Text type="secondary">{t(keptStatus === 'postponed' ? 'calendar.editPostponedHint' : 'calendar.editCancelledHint')}</Typography.Text>
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="level" label={t('calendar.field.level')} required>
          <Radio.Group aria-label={t('calendar.field.level')} optionType="button" options={sessionLevels.map((l) => ({ value: l, label: t(`calendar.level.${l}`) }))} />
        </Form.Item>
        <PlaceSelects reference={reference} depth={placeDepth[level as keyof typeof placeDepth] ?? 0} />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="startDate" label={t('calendar.field.startDate')} required>
              <DatePicker
                aria-label={t('calendar.field.startDate')}
                style={{ width: '100%' }}
                disabled={held}
                onChange={(d) => {
                  if (!d) return;
                  const endValue = form.getFieldValue('endDate') as Dayjs | undefined;
                  // The first day before this change (the form already holds the new one): the session keeps its
                  // length, as a move does, so a first day typed earlier does not silently make it longer.
                  const [before, last, first] = [iso(values.startDate as Dayjs | undefined), iso(endValue), iso(d)!];
                  if (before && last && last >= before) form.setFieldsValue({ endDate: dayjs(moveRange({ startDate: before, endDate: last }, first).endDate) });
                  else if (!last || last < first) form.setFieldsValue({ endDate: d });
                }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endDate" label={t('calendar.field.endDate')} required>
              <DatePicker aria-label={t('calendar.field.endDate')} style={{ width: '100%' }} disabled={held} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="moduleIds" label={t('calendar.field.modules')}>
          <Select mode="multiple" aria-label={t('calendar.field.modules')} optionFilterProp="label" options={reference.modules.map((m) => ({ value: m.id, label: name(m) }))} />
        </Form.Item>
        <Form.Item name="facilitatorIds" label={t('calendar.field.facilitators')}>
          <Select
            mode="multiple"
            aria-label={t('calendar.field.facilitators')}
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.isLoading}
            options={personOptions}
          />
        </Form.Item>
        {level !== 'central' && (
          <Form.Item name="parentSessionId" label={t('calendar.field.parent')}>
            <Select allowClear aria-label={t('calendar.field.parent')} showSearch={{ optionFilterProp: 'label' }} options={parentOptions} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="title" label={t('calendar.field.title')}>
              <Input aria-label={t('calendar.field.title')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="venue" label={t('calendar.field.venue')}>
              <Input aria-label={t('calendar.field.venue')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="teamId" label={t('calendar.field.team')}>
          <Select allowClear aria-label={t('calendar.field.team')} showSearch={{ optionFilterProp: 'label' }} options={(teams.data ?? []).map((x) => ({ value: x.id, label: name(x) }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('calendar.field.notes')}>
          <Input.TextArea aria-label={t('calendar.field.notes')} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="followUp" label={t('calendar.field.followUp')}>
          <Input.TextArea aria-label={t('calendar.field.followUp')} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
