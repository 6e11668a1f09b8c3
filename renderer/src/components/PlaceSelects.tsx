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
