import { type ImportField, type ImportMapping, importFields } from '../../../shared/api/roster-import';
import { laoNormal } from '../../../shared/roster-rules';

/** Header words provincial rosters actually use, in Lao and English, for each field. */
const aliases: Record<ImportField, string[]> = {
  nameLo: ['ຊື່ ແລະ ນາມສະກຸນ', 'ຊື່ ນາມສະກຸນ', 'ຊື່ພາສາລາວ', 'ຊື່ເປັນພາສາລາວ', 'ຊື່ລາວ', 'ຊື່', 'name in lao', 'lao name', 'name lao'],
  nameEn: ['ຊື່ອັກສອນລາຕິນ', 'ຊື່ເປັນອັກສອນລາຕິນ', 'ຊື່ພາສາອັງກິດ', 'ຊື່ອັງກິດ', 'romanised name', 'romanized name', 'name in english', 'english name', 'name english', 'name', 'ອັງກິດ', 'ລາຕິນ'],
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

/**
 * A header as compared: lower case, without spaces, punctuation or symbols, so "ຊື່ (ອັງກິດ)" is "ຊື່ອັງກິດ",
 * "Tel." is "tel" and "ວັນ/ເດືອນ/ປີເກີດ" is "ວັນເດືອນປີເກີດ". Invisible characters (the zero-width space some
 * Lao typists put between words) go too.
 */
function headerKey(s: string): string {
  return laoNormal(s).toLowerCase().replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '');
}

/** A name header that says English or Latin is the romanised name, though it says ຊື່ (name) as well. */
const romanisedWords = ['ອັງກິດ', 'ລາຕິນ', 'english', 'latin', 'roman'];

/** Proposes a column for each field by its header; the user confirms or corrects it in the mapping step. */
export function suggestMapping(headers: string[]): ImportMapping {
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const mapping: ImportMapping = {};
  // Exact matches first, so "Name in Lao" is not taken by the looser "name" of the romanised field.
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of importFields) {
      if (mapping[field] != null) continue;
      for (const alias of aliases[field].map(headerKey)) {
        const i = keys.findIndex((k, idx) =>
          !used.has(idx) && (pass === 'exact' ? k === alias : k.includes(alias) && !(field === 'nameLo' && romanisedWords.some((w) => k.includes(w)))));
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
