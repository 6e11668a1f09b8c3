import { Button, Checkbox, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterFilter } from '../../../shared/api';
import { officeLevels, personStatuses } from '../../../shared/roster-rules';
import { type Reference, useLocalName } from '../hooks/use-reference';

interface Props {
  filter: RosterFilter;
  /** A filter chosen or taken away. */
  onChange: (patch: Partial<RosterFilter>) => void;
  /** The search text, as it is typed. */
  onType: (text: string) => void;
  onClear: () => void;
  reference: Reference;
}

/** Search and filters of the Trainers page; every control has an accessible name. */
export function RosterFilters({ filter, onChange: set, onType, onClear, reference }: Props) {
  const { t } = useTranslation();
  const name = useLocalName();
  const select = (key: keyof RosterFilter, label: string, options: Array<{ value: string; label: string }>, width = 170) => (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width }}
      // The list as wide as its longest name (a Lao module's name tells it apart only at its end), the box as set.
      popupMatchSelectWidth={false}
      // null, not undefined: an undefined value leaves antd's Select showing the last choice (a district kept in
      // sight after its province changed took it away).
      value={(filter[key] as string | undefined) ?? null}
      // A district belongs to its province: another province (or none) takes the district away with it.
      onChange={(v) => set({ [key]: v ?? undefined, ...(key === 'provinceId' ? { districtId: undefined } : {}) } as Partial<RosterFilter>)}
      options={options}
    />
  );
  const districts = reference.districts.filter((d) => !filter.provinceId || d.provinceId === filter.provinceId);
  return (
    <Space wrap size={[8, 8]}>
      <Input.Search
        aria-label={t('roster.search')}
        placeholder={t('roster.search')}
        allowClear
        // Wide enough for the whole hint, Lao's included: "or phone" at its end says a number finds someone too.
        style={{ width: 420 }}
        value={filter.query ?? ''}
        onChange={(e) => onType(e.target.value)}
      />
      {select('officeLevel', t('roster.filter.level'), officeLevels.map((l) => ({ value: l, label: t(`roster.level.${l}`) })), 130)}
      {select('provinceId', t('roster.filter.province'), reference.provinces.map((p) => ({ value: p.id, label: name(p) })))}
      {select('districtId', t('roster.filter.district'), districts.map((d) => ({ value: d.id, label: name(d) })))}
      {select('organisationId', t('roster.filter.organisation'), reference.organisations.map((o) => ({ value: o.id, label: name(o) })), 200)}
      {select('status', t('roster.filter.status'), personStatuses.map((s) => ({ value: s, label: t(`roster.status.${s}`) })), 130)}
      {select('moduleId', t('roster.filter.module'), reference.modules.map((m) => ({ value: m.id, label: name(m) })), 260)}
      <Checkbox checked={!!filter.refresherOverdue} onChange={(e) => set({ refresherOverdue: e.target.checked || undefined })}>
        {t('roster.filter.overdue')}
      </Checkbox>
      <Button onClick={onClear}>{t('roster.clearFilters')}</Button>
    </Space>
  );
}
