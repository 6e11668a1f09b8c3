import { type ImportField, type ImportMapping, importFields } from '../../../shared/api/roster-import';
import { searchKey } from '../../../shared/roster-rules';

/** Header words provincial rosters actually use, in Lao and English, for each field. */
const aliases: Record<ImportField, string[]> = {
  nameLo: ['ຊື່ ແລະ ນາມສະກຸນ', 'ຊື່ ນາມສະກຸນ', 'ຊື່ພາສາລາວ', 'ຊື່ເປັນພາສາລາວ', 'ຊື່', 'name in lao', 'lao name', 'name (lao)', 'name lao'],
  nameEn: ['ຊື່ອັກສອນລາຕິນ', 'ຊື່ເປັນອັກສອນລາຕິນ', 'ຊື່ພາສາອັງກິດ', 'romanised name', 'romanized name', 'name in english', 'english name', 'name (english)', 'name'],
  sex: ['ເພດ', 'sex', 'gender'],
  birthYear: ['ປີເກີດ', 'ວັນເດືອນປີເກີດ', 'ວັນເກີດ', 'birth year', 'year of birth', 'date of birth', 'birth date', 'born'],
  phone: ['ເບີໂທ', 'ເບີໂທລະສັບ', 'ໂທລະສັບ', 'phone', 'telephone', 'mobile', 'tel'],
  organisation: ['ອົງການຈັດຕັ້ງ', 'ອົງການ', 'organisation', 'organization', 'agency'],
  position: ['ຕຳແໜ່ງ', 'position', 'title', 'job'],
  officeLevel: ['ຂັ້ນ', 'level', 'office level'],
  province: ['ແຂວງ', 'province'],
  district: ['ເມືອງ', 'district'],
  village: ['ບ້ານ', 'village'],
  status: ['ສະຖານະ', 'status'],
  notes: ['ໝາຍເຫດ', 'notes', 'note', 'remarks', 'comment'],
};

/** Proposes a column for each field by its header; the user confirms or corrects it in the mapping step. */
export function suggestMapping(headers: string[]): ImportMapping {
  const keys = headers.map(searchKey);
  const used = new Set<number>();
  const mapping: ImportMapping = {};
  // Exact matches first, so "Name in Lao" is not taken by the looser "name" of the romanised field.
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of importFields) {
      if (mapping[field] != null) continue;
      for (const alias of aliases[field].map(searchKey)) {
        const i = keys.findIndex((k, idx) => !used.has(idx) && (pass === 'exact' ? k === alias : k.includes(alias)));
        if (i >= 0) {
          mapping[field] = i;
          used.add(i);
          break;
        }
      }
    }
  }
  for (const field of importFields) mapping[field] ??= null;
  return mapping;
}
