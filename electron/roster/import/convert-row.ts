import type { ImportField, ImportMapping, ImportProblem } from '../../../shared/api/roster-import';
import type { Geography, Organisation } from '../../../shared/api';
import { titleOf } from '../../../shared/lao-order';
import { type PersonValues, normalisePhone, officeLevels, personInput, placeKey, placeProblems, searchKey } from '../../../shared/roster-rules';

export interface Lookups {
  geography: Geography;
  organisations: Organisation[];
  /** This office's province (null at central): a row that names no level and no place is its own staff. */
  homeProvinceId: string | null;
}

// ຍ and ຊ are how a narrow sex column shortens ຍິງ and ຊາຍ.
const sexWords: Record<string, 'f' | 'm'> = {
  f: 'f', female: 'f', woman: 'f', ຍິງ: 'f', ຍ: 'f', ນາງ: 'f', ເພດຍິງ: 'f', ແມ່ຍິງ: 'f', ຜູ້ຍິງ: 'f',
  m: 'm', male: 'm', man: 'm', ຊາຍ: 'm', ຊ: 'm', ທ້າວ: 'm', ເພດຊາຍ: 'm', ຜູ້ຊາຍ: 'm',
};
const levelWords: Record<string, (typeof officeLevels)[number]> = {
  central: 'central', ສູນກາງ: 'central', ຂັ້ນສູນກາງ: 'central',
  provincial: 'provincial', province: 'provincial', ແຂວງ: 'provincial', ຂັ້ນແຂວງ: 'provincial',
  district: 'district', ເມືອງ: 'district', ຂັ້ນເມືອງ: 'district',
  village: 'village', ບ້ານ: 'village', ຂັ້ນບ້ານ: 'village',
};
const statusWords: Record<string, 'active' | 'transferred' | 'left'> = {
  active: 'active', ເຄື່ອນໄຫວ: 'active', transferred: 'transferred', ຍົກຍ້າຍ: 'transferred', ຍົກຍ້າຍແລ້ວ: 'transferred', left: 'left', ອອກ: 'left', ອອກແລ້ວ: 'left',
};

type Named = { nameLo: string; nameEn: string; code?: string | null };

/**
 * Every thing a cell names, by code or whole name (Lao or English, ignoring case and spacing, and for a place
 * its leading ບ້ານ or ເມືອງ), or else by the start of a name of three letters or more.
 */
function allNamed<T extends Named>(list: T[], text: string, key: (s: string) => string): T[] {
  const k = key(text);
  const names = (x: T) => [x.nameLo, x.nameEn].filter(Boolean).map(key);
  const exact = list.filter((x) => (x.code && searchKey(x.code) === searchKey(text)) || names(x).includes(k));
  if (exact.length || k.length < 3) return exact;
  return list.filter((x) => names(x).some((n) => n.startsWith(k)));
}

/** The one thing a cell names; a start of a name that fits several names none. */
function findNamed<T extends Named>(list: T[], text: string): T | undefined {
  const found = allNamed(list, text, searchKey);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The one place a cell names. A name several districts (or villages) share is settled by the office's own
 * province where only one of them lies there; otherwise the row says which ones it could be, rather than
 * the first being taken.
 */
function findPlace<T extends Named & { provinceId: string }>(list: T[], text: string, homeProvinceId: string | null): { place?: T; several?: T[] } {
  const found = allNamed(list, text, placeKey);
  const home = found.filter((p) => p.provinceId === homeProvinceId);
  if (found.length === 1 || home.length === 1) return { place: found.length === 1 ? found[0] : home[0] };
  return found.length ? { several: found } : {};
}

/**
 * A phone number Excel kept as a number has lost its leading 0 (2055123456 for 020 5512 3456): put back, where
 * the number is then a valid Lao one; anything else is left for the rules to judge.
 */
function spreadsheetPhone(text: string): string {
  return /^[1-9]\d{7,9}$/.test(text) && normalisePhone(`0${text}`) ? `0${text}` : text;
}

/** ນາງ (Mrs, Ms) or ທ້າວ (Mr) before a Lao name. */
function sexFromTitle(nameLo: string): 'f' | 'm' | undefined {
  const title = titleOf(nameLo.trim());
  return title === 'ນາງ' ? 'f' : title === 'ທ້າວ' ? 'm' : undefined;
}

/**
 * A birth year as offices write it: the year alone, or a whole date of birth (an Excel date cell is read as
 * 1985-03-12; typed ones as 12/03/1985 or 12.03.1985). NaN otherwise, which the rules refuse.
 */
function yearOf(text: string): number {
  const m = /^(\d{4})(?:-\d{1,2}-\d{1,2})?$/.exec(text) ?? /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/.exec(text);
  return m ? Number(m[1]) : Number.NaN;
}

/** An unknown place, or one several share: named with where each lies (a district's province, a village's district). */
function placeProblem<T>(field: 'district' | 'village', value: string, several: T[] | undefined, where: (place: T) => Named | undefined): ImportProblem {
  if (!several) return { field, message: field === 'district' ? 'import.unknownDistrict' : 'import.unknownVillage', value };
  const places = several.map(where).filter((p): p is Named => p !== undefined).map((p) => ({ nameLo: p.nameLo, nameEn: p.nameEn }));
  return { field, message: field === 'district' ? 'import.severalDistricts' : 'import.severalVillages', value, places };
}

export interface ConvertedRow {
  values: PersonValues | null;
  problems: ImportProblem[];
  nameLo: string;
  nameEn: string;
}

/** One spreadsheet row to a person, with every problem found, named by field so the preview can list them. */
export function convertRow(cells: string[], mapping: ImportMapping, lookups: Lookups): ConvertedRow {
  const get = (f: ImportField) => {
    const i = mapping[f];
    return i == null ? '' : (cells[i] ?? '').trim();
  };
  const problems: ImportProblem[] = [];
  const raw = { province: get('province'), district: get('district'), village: get('village'), organisation: get('organisation'), sex: get('sex'), level: get('officeLevel'), status: get('status') };

  const province = raw.province ? findNamed(lookups.geography.provinces, raw.province) : undefined;
  if (raw.province && !province) problems.push({ field: 'province', message: 'import.unknownProvince', value: raw.province });
  const { geography, homeProvinceId } = lookups;
  const districts = geography.districts.filter((d) => !province || d.provinceId === province.id);
  const districtFound = raw.district ? findPlace(districts, raw.district, homeProvinceId) : {};
  const district = districtFound.place;
  if (raw.district && !district) problems.push(placeProblem('district', raw.district, districtFound.several, (d) => geography.provinces.find((p) => p.id === d.provinceId)));
  const villagesNear = () => geography.villages.filter((v) => (district ? v.districtId === district.id : !province || v.provinceId === province.id));
  const villageFound = raw.village ? findPlace(villagesNear(), raw.village, homeProvinceId) : {};
  const village = villageFound.place;
  if (raw.village && !village) problems.push(placeProblem('village', raw.village, villageFound.several, (v) => geography.districts.find((d) => d.id === v.districtId)));
  const organisation = raw.organisation ? findNamed(lookups.organisations, raw.organisation) : undefined;
  if (raw.organisation && !organisation) problems.push({ field: 'organisation', message: 'import.unknownOrganisation', value: raw.organisation });
  // No sex column, or an empty cell: the title before the Lao name says it (ນາງ, ທ້າວ), as on every Lao list.
  const sex = raw.sex ? sexWords[searchKey(raw.sex)] : sexFromTitle(get('nameLo'));
  const home = !raw.level && !province && !district && !village ? homeProvinceId : null;
  const level = raw.level ? levelWords[searchKey(raw.level)] : village ? 'village' : district ? 'district' : province || home ? 'provincial' : 'central';
  if (raw.level && !level) problems.push({ field: 'officeLevel', message: 'import.unknownLevel', value: raw.level });
  const status = raw.status ? statusWords[searchKey(raw.status)] : 'active';
  if (raw.status && !status) problems.push({ field: 'status', message: 'import.unknownStatus', value: raw.status });
  const birth = get('birthYear');

  const candidate = {
    nameLo: get('nameLo'),
    nameEn: get('nameEn') || null,
    sex: sex ?? (raw.sex || undefined),
    birthYear: birth === '' ? null : yearOf(birth),
    phone: spreadsheetPhone(get('phone')) || null,
    organisationId: organisation?.id ?? null,
    position: get('position') || null,
    officeLevel: level ?? 'central',
    provinceId: province?.id ?? district?.provinceId ?? village?.provinceId ?? home,
    districtId: district?.id ?? village?.districtId ?? null,
    villageId: village?.id ?? null,
    status: status ?? 'active',
    notes: get('notes') || null,
  };
  const parsed = personInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push({ field, message: issue.message.startsWith('validation.') ? issue.message : 'validation.required', value: get(field as ImportField) });
    }
  } else {
    // As the trainer form asks: a district trainer needs her district, a village one her village.
    for (const p of placeProblems(parsed.data)) problems.push({ field: p.field.replace(/Id$/, ''), message: p.message });
  }
  return { values: problems.length === 0 && parsed.success ? parsed.data : null, problems, nameLo: candidate.nameLo, nameEn: candidate.nameEn ?? '' };
}
