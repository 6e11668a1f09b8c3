import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Reference, useLocalName } from '../hooks/use-reference';

/**
 * Province, district and village pickers that narrow each other. Each is shown only when the chosen level
 * needs it; changing a province clears a district that is not in it.
 */
export function PlaceSelects({ reference, depth }: { reference: Reference; depth: number }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const form = Form.useFormInstance();
  const provinceId = Form.useWatch('provinceId', form);
  const districtId = Form.useWatch('districtId', form);
  const option = (x: { id: string; nameLo: string; nameEn: string }) => ({ value: x.id, label: name(x) });
  return (
    <>
      {depth >= 1 && (
        <Form.Item name="provinceId" label={t('roster.field.province')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('roster.field.province')}
            options={reference.provinces.map(option)}
            onChange={() => form.setFieldsValue({ districtId: undefined, villageId: undefined })}
          />
        </Form.Item>
      )}
      {depth >= 2 && (
        <Form.Item name="districtId" label={t('roster.field.district')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('roster.field.district')}
            options={reference.districts.filter((d) => d.provinceId === provinceId).map(option)}
            onChange={() => form.setFieldsValue({ villageId: undefined })}
          />
        </Form.Item>
      )}
      {depth >= 3 && (
        <Form.Item name="villageId" label={t('roster.field.village')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('roster.field.village')}
            options={reference.villages.filter((v) => v.districtId === districtId).map(option)}
          />
        </Form.Item>
      )}
    </>
  );
}

export const levelDepth: Record<string, number> = { central: 0, provincial: 1, district: 2, village: 3 };

type Place = { provinceId?: string | null; districtId?: string | null; villageId?: string | null };

/**
 * The place a form's level asks for, and no deeper: place fields below the chosen level stay in the form while
 * hidden (a district left chosen under "provincial"), and must not be saved.
 */
export function placeAtLevel(level: string | undefined, place: Place): { provinceId: string | null; districtId: string | null; villageId: string | null } {
  const depth = levelDepth[level ?? 'central'] ?? 0;
  return {
    provinceId: depth >= 1 ? (place.provinceId ?? null) : null,
    districtId: depth >= 2 ? (place.districtId ?? null) : null,
    villageId: depth >= 3 ? (place.villageId ?? null) : null,
  };
}
