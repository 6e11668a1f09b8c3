import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionFilter } from '../../../shared/api';
import { sessionKinds, sessionLevels, sessionStatuses } from '../../../shared/calendar-rules';
import { useLocalName, useReference } from '../hooks/use-reference';

export type CalendarFilter = Omit<SessionFilter, 'from' | 'to'>;

export function CalendarFilters({ value, onChange }: { value: CalendarFilter; onChange(f: CalendarFilter): void }) {
  const { t } = useTranslation();
  const reference = useReference();
  const name = useLocalName();
  const set = (patch: Partial<CalendarFilter>) => onChange({ ...value, ...patch });
  const multi = (key: 'levels' | 'kinds' | 'statuses', label: string, values: readonly string[], prefix: string) => (
    <Select
      mode="multiple"
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ minWidth: 150 }}
      maxTagCount="responsive"
      value={value[key] ?? []}
      onChange={(v) => set({ [key]: v.length ? v : undefined })}
      options={values.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }))}
    />
  );
  return (
    <Space wrap>
      {multi('levels', t('calendar.filter.level'), sessionLevels, 'calendar.level')}
      {multi('kinds', t('calendar.filter.kind'), sessionKinds, 'calendar.kind')}
      {multi('statuses', t('calendar.filter.status'), sessionStatuses, 'calendar.status')}
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('calendar.filter.province')}
        placeholder={t('calendar.filter.province')}
        style={{ width: 180 }}
        value={value.provinceId ?? null}
        onChange={(v) => set({ provinceId: v, districtId: undefined })}
        options={reference.provinces.map((p) => ({ value: p.id, label: name(p) }))}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('calendar.filter.district')}
        placeholder={t('calendar.filter.district')}
        style={{ width: 160 }}
        disabled={!value.provinceId}
        value={value.districtId ?? null}
        onChange={(v) => set({ districtId: v })}
        options={reference.districts.filter((d) => d.provinceId === value.provinceId).map((d) => ({ value: d.id, label: name(d) }))}
      />
      {Object.values(value).some((v) => v !== undefined) && <Button onClick={() => onChange({})}>{t('calendar.filter.clear')}</Button>}
    </Space>
  );
}
