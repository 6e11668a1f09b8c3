import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Drawer, Form, Input, Row, Select, Space, Typography } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api';
import { heldInput, isTrainerCourse } from '../../../shared/calendar-rules';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useErrorText } from '../components/use-error-text';
import { useFormErrors } from '../hooks/use-form-errors';
import { useLocalName, useReference } from '../hooks/use-reference';
import { calendarChannels } from './SessionFormDrawer';
import { useSessionLabel } from './use-session-label';
import { usePersonOptions } from '../hooks/use-person-options';
import { useMessage } from '../components/use-message';

/**
 * What happened at a session: participants by organisation and sex, named attendees of trainer courses
 * (who become qualified), test averages and the villages reached. Opening it again corrects the record.
 */
export function RecordHeldDrawer({ detail, onClose }: { detail: SessionDetail | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm();
  const reference = useReference();
  const name = useLocalName();
  const { label } = useSessionLabel();
  const errors = useFormErrors(form);
  const errorText = useErrorText();
  const record = useApiMutation('calendar.recordHeld', [...calendarChannels, 'roster.get', 'roster.search', 'teams.list']);
  const s = detail?.session;
  const course = s ? isTrainerCourse(s.kind) : false;
  const people = useApiQuery('roster.search', {}, { enabled: !!s && course });
  const personOptions = usePersonOptions(people.data);
  const rows = (Form.useWatch('participants', form) ?? []) as Array<{ female?: number; male?: number } | undefined>;
  // Only counts that can be saved add up: a 12.5 typed by mistake is refused beside its box, not summed here.
  const counted = (n: number | undefined) => (Number.isInteger(n) && n! >= 0 ? n! : 0);
  const total = { female: 0, male: 0 };
  for (const r of rows) {
    total.female += counted(r?.female);
    total.male += counted(r?.male);
  }
  // No session of the cascade reaches this many: most likely a number typed twice over. Said, not refused.
  const manyPeople = total.female + total.male > 1000;

  useEffect(() => {
    if (!detail) return;
    form.resetFields();
    const lwu = reference.organisations.find((o) => o.code === 'lwu');
    form.setFieldsValue({
      participants: detail.participants.length ? detail.participants : [{ organisationId: lwu?.id, female: 0, male: 0 }],
      attendeeIds: detail.attendees.map((a) => a.id),
      villageIds: detail.villageIds.length ? detail.villageIds : detail.session.villageId ? [detail.session.villageId] : [],
      preTestAvg: detail.session.preTestAvg,
      postTestAvg: detail.session.postTestAvg,
      followUp: detail.session.followUp,
    });
  }, [detail, form, reference.organisations]);

  const submit = async () => {
    if (!s) return;
    const all = form.getFieldsValue(true);
    // People counted with no organisation would be left out of every figure, and a second row of one
    // organisation would replace the first: the row says so, nothing is saved. Checked here, on the rows as
    // shown, because rows left empty are dropped before the input is parsed, and its row numbers with them.
    const seen = new Set<string>();
    const rowProblems = ((all.participants ?? []) as Array<{ organisationId?: string; female?: number; male?: number } | undefined>).flatMap((p, i) => {
      if (!p) return [];
      if (!p.organisationId) return (p.female ?? 0) > 0 || (p.male ?? 0) > 0 ? [{ i, key: 'validation.organisationForCounts' }] : [];
      if (seen.has(p.organisationId)) return [{ i, key: 'validation.organisationTwice' }];
      seen.add(p.organisationId);
      return [];
    });
    if (rowProblems.length) {
      form.setFields(rowProblems.map(({ i, key }) => ({ name: ['participants', i, 'organisationId'], errors: [t(key)] })));
      return;
    }
    const held = {
      participants: (all.participants ?? []).filter((p: { organisationId?: string } | undefined) => p?.organisationId).map((p: { organisationId: string; female?: number; male?: number }) => ({ organisationId: p.organisationId, female: p.female ?? 0, male: p.male ?? 0 })),
      attendeeIds: course ? (all.attendeeIds ?? []) : [],
      villageIds: all.villageIds ?? [],
      preTestAvg: all.preTestAvg ?? null,
      postTestAvg: all.postTestAvg ?? null,
      followUp: all.followUp ?? null,
    };
    const parsed = heldInput.safeParse(held);
    if (!parsed.success) return void errors.fromIssues(parsed.error);
    try {
      const result = await record.mutateAsync({ id: s.id, held });
      // Only a training of trainers or a refresher qualifies anyone: a meeting is not said to have granted 0.
      message.success(course ? t('calendar.recorded', { count: result.granted }) : t('calendar.recordedHeld'));
      onClose();
    } catch (e) {
      if (!errors.fromApi(e)) message.error(errorText(e));
    }
  };

  const villages = reference.villages.filter((v) => (s?.districtId ? v.districtId === s.districtId : s?.provinceId ? v.provinceId === s.provinceId : true));

  return (
    <Drawer
      open={!!detail}
      onClose={onClose}
      size={680}
      title={s ? t('calendar.recordHeldTitle', { title: label(s) }) : ''}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('calendar.cancel')}</Button>
          <Button type="primary" loading={record.isPending} onClick={() => void submit()}>
            {t(s?.status === 'held' ? 'calendar.saveCorrection' : 'calendar.recordHeld')}
          </Button>
        </Space>
      }
    >
      {s && (
        <Form form={form} layout="vertical" onValuesChange={errors.clearChanged}>
          <Typography.Title level={5}>{t('calendar.field.participants')}</Typography.Title>
          <Form.List name="participants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col span={11}>
                      <Form.Item name={[f.name, 'organisationId']} label={i === 0 ? t('calendar.field.organisation') : undefined}>
                        <Select
                          aria-label={`${t('calendar.field.organisation')} ${i + 1}`}
                          showSearch={{ optionFilterProp: 'label' }}
                          options={reference.organisations.map((o) => ({ value: o.id, label: name(o) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[f.name, 'female']} label={i === 0 ? t('calendar.field.female') : undefined}>
                        <NumberInput aria-label={`${t('calendar.field.female')} ${i + 1}`} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[f.name, 'male']} label={i === 0 ? t('calendar.field.male') : undefined}>
                        <NumberInput aria-label={`${t('calendar.field.male')} ${i + 1}`} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={3} style={{ paddingTop: i === 0 ? 34 : 0 }}>
                      <Button aria-label={`${t('calendar.removeRow')} ${i + 1}`} icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                    </Col>
                  </Row>
                ))}
                <Space style={{ marginBottom: 16 }}>
                  <Button icon={<PlusOutlined />} onClick={() => add({ female: 0, male: 0 })}>
                    {t('calendar.addOrganisation')}
                  </Button>
                  <Typography.Text strong>{`${t('calendar.field.total')}: ${total.female + total.male} (${t('calendar.field.female')} ${total.female}, ${t('calendar.field.male')} ${total.male})`}</Typography.Text>
                </Space>
                {manyPeople && (
                  <Alert style={{ marginBottom: 16 }} type="warning" showIcon title={t('calendar.manyPeople', { count: total.female + total.male })} />
                )}
              </>
            )}
          </Form.List>
          {course ? (
            <>
              <Form.Item name="attendeeIds" label={t('calendar.field.attendees')}>
                <Select
                  mode="multiple"
                  aria-label={t('calendar.field.attendees')}
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={people.isLoading}
                  options={personOptions}
                />
              </Form.Item>
              {s.moduleIds.length > 0 && <Alert style={{ marginBottom: 16 }} type="info" title={t('calendar.grantsHint', { count: s.moduleIds.length, date: s.endDate })} />}
            </>
          ) : (
            <Typography.Paragraph type="secondary">{t('calendar.attendeesOnlyCourses')}</Typography.Paragraph>
          )}
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="preTestAvg" label={t('calendar.field.preTest')}>
                <NumberInput aria-label={t('calendar.field.preTest')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="postTestAvg" label={t('calendar.field.postTest')}>
                <NumberInput aria-label={t('calendar.field.postTest')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="villageIds" label={t('calendar.field.villagesReached')}>
            <Select mode="multiple" aria-label={t('calendar.field.villagesReached')} optionFilterProp="label" options={villages.map((v) => ({ value: v.id, label: name(v) }))} />
          </Form.Item>
          <Form.Item name="followUp" label={t('calendar.field.followUp')}>
            <Input.TextArea aria-label={t('calendar.field.followUp')} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
