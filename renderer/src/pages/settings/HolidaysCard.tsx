import { Alert, Button, Card, Checkbox, Form, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayRow } from '../../../../shared/api';
import { holidayInput } from '../../../../shared/calendar-rules';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useErrorText } from '../../components/use-error-text';
import { useFormErrors } from '../../hooks/use-form-errors';
import { useLocalName, useMaintainsReference } from '../../hooks/use-reference';
import { NamedItemModal } from './NamedItemModal';
import { useMessage } from '../../components/use-message';

/** Planning warns about these days; the calendar and the session form read them too. */
const affected = ['holidays.list', 'calendar.holidays', 'calendar.check', 'calendar.get'] as const;

interface FormValues {
  nameLo?: string;
  nameEn?: string;
  month?: number;
  day?: number;
  everyYear: boolean;
  year?: number | null;
  days?: number;
}

/** The public holidays planning warns about: the fixed national ones, and each year's lunar festivals. */
export function HolidaysCard() {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const name = useLocalName();
  const errorText = useErrorText();
  const [form] = Form.useForm<FormValues>();
  const errors = useFormErrors(form);
  const list = useApiQuery('holidays.list', {});
  const save = useApiMutation('holidays.save', [...affected]);
  const remove = useApiMutation('holidays.delete', [...affected]);
  const [editing, setEditing] = useState<Partial<HolidayRow> | null>(null);
  const everyYear = Form.useWatch('everyYear', form);
  const canEdit = useMaintainsReference();

  const locale = i18n.language === 'lo' ? 'lo' : 'en-gb';
  const monthName = (m: number) => dayjs().locale(locale).month(m - 1).format('MMMM');
  const dateText = (h: HolidayRow) => {
    const first = `${h.day} ${monthName(h.month)}`;
    return h.days > 1 ? t('reference.holidayDays', { first, count: h.days }) : first;
  };

  const open = (h: Partial<HolidayRow>) => {
    setEditing(h);
    form.resetFields();
    form.setFieldsValue({ ...h, everyYear: h.year == null, year: h.year ?? dayjs().year() });
  };
  const submit = async () => {
    const v = form.getFieldsValue(true) as FormValues;
    const holiday = { nameLo: v.nameLo ?? '', nameEn: v.nameEn ?? '', month: v.month, day: v.day, year: v.everyYear ? null : (v.year ?? null), days: v.days };
    const parsed = holidayInput.safeParse(holiday);
    if (!parsed.success) {
      errors.fromIssues(parsed.error);
      return;
    }
    try {
      await save.mutateAsync({ id: editing?.id, holiday: parsed.data });
      setEditing(null);
      message.success(t('reference.saved'));
    } catch (e) {
      if (!errors.fromApi(e)) message.error(errorText(e));
    }
  };
  const del = async (h: HolidayRow) => {
    try {
      await remove.mutateAsync({ id: h.id });
      message.success(t('reference.holidayDeleted', { name: name(h) }));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      title={t('reference.holidays')}
      extra={canEdit && <Button onClick={() => open({ days: 1, month: 1, day: 1, year: null })}>{t('reference.addHoliday')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('reference.holidaysHelp')}</Typography.Paragraph>
      {canEdit === false && <Alert type="info" showIcon message={t('reference.centralMaintains')} style={{ marginBottom: 12 }} />}
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<HolidayRow>
          size="small"
          rowKey="id"
          pagination={false}
          loading={list.isLoading}
          dataSource={list.data ?? []}
          columns={[
            { title: t('reference.holiday'), key: 'name', render: (_: unknown, h) => <span lang={i18n.language === 'lo' ? 'lo' : undefined}>{name(h)}</span> },
            { title: t('reference.holidayDate'), key: 'date', width: 200, render: (_: unknown, h) => dateText(h) },
            { title: t('reference.holidayYear'), key: 'year', width: 140, render: (_: unknown, h) => h.year ?? t('reference.everyYear') },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 180,
                    render: (_: unknown, h: HolidayRow) => (
                      <Space>
                        <Button size="small" aria-label={`${t('reference.editHoliday')}: ${name(h)}`} onClick={() => open(h)}>
                          {t('roster.edit')}
                        </Button>
                        <Popconfirm
                          title={t('reference.deleteHolidayConfirm', { name: name(h) })}
                          okText={t('reference.deleteHoliday')}
                          cancelText={t('roster.cancel')}
                          onConfirm={() => void del(h)}
                        >
                          <Button size="small" danger aria-label={`${t('reference.deleteHoliday')}: ${name(h)}`}>
                            {t('reference.deleteHoliday')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <NamedItemModal
        name="holiday"
        title={editing ? (editing.id ? t('reference.editHoliday') : t('reference.addHoliday')) : null}
        form={form}
        saving={save.isPending}
        onSave={() => void submit()}
        onCancel={() => setEditing(null)}
        onValuesChange={errors.clearChanged}
      >
        <Space align="start" wrap>
          <Form.Item name="day" label={t('reference.holidayDay')} required>
            <NumberInput aria-label={t('reference.holidayDay')} />
          </Form.Item>
          <Form.Item name="month" label={t('reference.holidayMonth')} required>
            <Select
              aria-label={t('reference.holidayMonth')}
              showSearch
              optionFilterProp="label"
              style={{ width: 160 }}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthName(i + 1) }))}
            />
          </Form.Item>
          <Form.Item name="days" label={t('reference.holidayLength')} required>
            <NumberInput aria-label={t('reference.holidayLength')} />
          </Form.Item>
        </Space>
        <Form.Item name="everyYear" valuePropName="checked" extra={t('reference.everyYearHelp')}>
          <Checkbox>{t('reference.everyYear')}</Checkbox>
        </Form.Item>
        {!everyYear && (
          <Form.Item name="year" label={t('reference.holidayYear')} required>
            <NumberInput aria-label={t('reference.holidayYear')} />
          </Form.Item>
        )}
      </NamedItemModal>
    </Card>
  );
}
