import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { convertRow } from '../../electron/roster/import/convert-row';
import { readSheet } from '../../electron/roster/import/read-sheet';
import { suggestMapping } from '../../electron/roster/import/suggest-mapping';

const noPlaces = { geography: { provinces: [], districts: [], villages: [], modules: [] }, organisations: [], homeProvinceId: null };

async function xlsx(rows: unknown[][], merge?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ລາຍຊື່');
  for (const r of rows) ws.addRow(r);
  if (merge) ws.mergeCells(merge);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('roster import: reading the file', () => {
  it('finds the header below a title row and a blank row, and keeps the row numbers Excel shows', async () => {
    const base64 = await xlsx(
      [
        ['ລາຍຊື່ວິທະຍາກອນ ແຂວງບໍລິຄຳໄຊ ປີ 2026'], // row 1, merged across the table as offices do
        [], // row 2
        ['ລ/ດ', 'ຊື່ ແລະ ນາມສະກຸນ', 'ເພດ', 'ປີເກີດ'], // row 3
        [1, 'ນາງ ມະນີວອນ ພົມມະຈັນ', 'ຍິງ', 1990], // row 4
        [2, 'ທ້າວ ສົມພອນ ແກ້ວມະນີ', 'ຊາຍ', 1979], // row 5
      ],
      'A1:D1',
    );
    const sheet = await readSheet('roster.xlsx', base64);
    expect(sheet.headers).toEqual(['ລ/ດ', 'ຊື່ ແລະ ນາມສະກຸນ', 'ເພດ', 'ປີເກີດ']);
    expect(sheet.rowNumbers).toEqual([4, 5]);
    expect(suggestMapping(sheet.headers)).toMatchObject({ nameLo: 1, sex: 2, birthYear: 3 });
  });

  it('finds the header below the lines of an official letter in a CSV', async () => {
    const csv = 'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສະຫະພັນແມ່ຍິງແຂວງ;;ເລກທີ 12/ສພຍ\n\nName in Lao;Sex\nນາງ ດາວເຮືອງ;f\n';
    const sheet = await readSheet('r.csv', Buffer.from(csv).toString('base64'));
    expect(sheet.headers).toEqual(['Name in Lao', 'Sex']);
    expect(sheet.rowNumbers).toEqual([5]);
  });

  it('prefers the header to a subtitle that names a province and a district', async () => {
    const csv = 'ລາຍຊື່ວິທະຍາກອນ\nແຂວງ ບໍລິຄຳໄຊ;ເມືອງ ປາກກະດິງ\nຊື່;ເພດ;ປີເກີດ\nນາງ ດາວເຮືອງ;ຍ;1990\n';
    const sheet = await readSheet('r.csv', Buffer.from(csv).toString('base64'));
    expect(sheet.headers).toEqual(['ຊື່', 'ເພດ', 'ປີເກີດ']);
    expect(sheet.rowNumbers).toEqual([4]);
  });

  it('takes the first row as the header when no row looks like one, never a row of data', async () => {
    // An unknown header above data that, read as a header, would name two fields (ແຂວງ..., ເມືອງ...).
    const csv = 'ຄູຝຶກ;ບ່ອນ;ບ່ອນເຮັດວຽກ\nນາງ ດາວເຮືອງ;ແຂວງ ບໍລິຄຳໄຊ;ເມືອງ ປາກກະດິງ\n';
    const sheet = await readSheet('r.csv', Buffer.from(csv).toString('base64'));
    expect(sheet.headers).toEqual(['ຄູຝຶກ', 'ບ່ອນ', 'ບ່ອນເຮັດວຽກ']);
    expect(sheet.rowNumbers).toEqual([2]);
  });

  it('reads UTF-16 text, little- and big-endian, as Excel saves "Unicode text"', async () => {
    const text = 'ຊື່\tເພດ\tແຂວງ\r\nນາງ ຄຳແພງ ໄຊຍະວົງ\tຍິງ\tບໍລິຄຳໄຊ\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      const sheet = await readSheet('r.csv', bytes.toString('base64'));
      expect(sheet.headers).toEqual(['ຊື່', 'ເພດ', 'ແຂວງ']);
      expect(sheet.rows).toEqual([['ນາງ ຄຳແພງ ໄຊຍະວົງ', 'ຍິງ', 'ບໍລິຄຳໄຊ']]);
    }
  });
});

describe('roster import: headers', () => {
  it('ignores parentheses, spacing and punctuation in every known header', () => {
    expect(suggestMapping(['ຊື່ ແລະ ນາມສະກຸນ', 'ຊື່ (ອັງກິດ)', 'ເພດ:', 'ວັນ/ເດືອນ/ປີເກີດ', 'ເບີ ໂທ', 'Position *'])).toMatchObject({
      nameLo: 0, nameEn: 1, sex: 2, birthYear: 3, phone: 4, position: 5,
    });
    expect(suggestMapping(['ຊື່ (ລາວ)', 'ຊື່ (ພາສາອັງກິດ)', '"Name (English)"', 'Year-of-birth'])).toMatchObject({ nameLo: 0, nameEn: 1, birthYear: 3 });
    expect(suggestMapping(['Name  (in Lao)', 'E-mail', 'Tel.'])).toMatchObject({ nameLo: 0, phone: 2 });
    // A zero-width space between words, as some Lao typists put one.
    expect(suggestMapping(['ຊື່\u200Bພາສາລາວ', 'ເບີ\u200Bໂທ'])).toMatchObject({ nameLo: 0, phone: 1 });
  });

  it('never takes the romanised name for the Lao one, whatever else its header says', () => {
    expect(suggestMapping(['ຊື່ ແລະ ນາມສະກຸນ (ພາສາອັງກິດ)', 'ຊື່ ແລະ ນາມສະກຸນ (ພາສາລາວ)'])).toMatchObject({ nameLo: 1, nameEn: 0 });
  });
});

describe('roster import: sex as lists write it', () => {
  const sexOf = (written: string) => convertRow(['ບົວລີ', written], { nameLo: 0, sex: 1 }, noPlaces).values?.sex ?? null;

  it('accepts the one-letter Lao forms ຍ and ຊ', () => {
    expect(sexOf('ຍ')).toBe('f');
    expect(sexOf('ຊ')).toBe('m');
    expect(sexOf('ຍ.')).toBe('f');
  });

  it('still accepts the forms it did, and refuses what is not a sex', () => {
    for (const f of ['ຍິງ', 'ເພດຍິງ', 'ນາງ', 'F', 'female', 'Woman', 'ແມ່ຍິງ', 'ຜູ້ຍິງ']) expect(sexOf(f), f).toBe('f');
    for (const m of ['ຊາຍ', 'ເພດຊາຍ', 'ທ້າວ', 'M', 'Male', 'man', 'ຜູ້ຊາຍ']) expect(sexOf(m), m).toBe('m');
    expect(convertRow(['ບົວລີ', 'ຂ'], { nameLo: 0, sex: 1 }, noPlaces).problems.map((p) => p.field)).toEqual(['sex']);
  });
});

describe('roster import: places several share', () => {
  const [U1, U2, U3, U4, U5, U6, U7] = [1, 2, 3, 4, 5, 6, 7].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
  const VT = { id: U1, code: 'LA-VT', nameLo: 'ນະຄອນຫຼວງວຽງຈັນ', nameEn: 'Vientiane Capital' };
  const AT = { id: U2, code: 'LA-AT', nameLo: 'ອັດຕະປື', nameEn: 'Attapeu' };
  const districts = [
    { id: U3, code: 'LA-VT-XST', nameLo: 'ໄຊເສດຖາ', nameEn: 'Xaysetha', provinceId: U1 },
    { id: U4, code: 'LA-AT-XST', nameLo: 'ໄຊເສດຖາ', nameEn: 'Xaysetha', provinceId: U2 },
    { id: U5, code: 'LA-AT-SMS', nameLo: 'ສາມັກຄີໄຊ', nameEn: 'Samakkhixay', provinceId: U2 },
  ];
  const villages = [
    { id: U6, nameLo: 'ນາບົງ', nameEn: 'Nabong', districtId: U3, provinceId: U1 },
    { id: U7, nameLo: 'ນາບົງ', nameEn: 'Nabong', districtId: U5, provinceId: U2 },
  ];
  const lookups = (homeProvinceId: string | null) => ({ geography: { provinces: [VT, AT], districts, villages, modules: [] }, organisations: [], homeProvinceId });
  const row = (cells: string[], home: string | null = null) => convertRow(['ນາງ ດາວ', ...cells], { nameLo: 0, district: 1, ...(cells.length > 1 ? { village: 2 } : {}) }, lookups(home));
  /** The one problem of a cell that could name several places: each place (one name) with where it lies. */
  const several = (field: 'district' | 'village', value: string, place: { nameLo: string; nameEn: string }, within: Array<{ nameLo: string; nameEn: string }>) => [
    {
      field,
      message: field === 'district' ? 'import.severalDistricts' : 'import.severalVillages',
      value,
      places: within.map((w) => ({ ...place, within: { nameLo: w.nameLo, nameEn: w.nameEn } })),
      more: 0,
    },
  ];

  it('names the provinces of a district name two share, instead of taking the first, and imports nothing from the row', () => {
    const r = row(['ໄຊເສດຖາ']);
    expect(r.values).toBeNull();
    // Only the district's own problem: not also "choose the province" and "choose the district".
    expect(r.problems).toEqual(several('district', 'ໄຊເສດຖາ', { nameLo: 'ໄຊເສດຖາ', nameEn: 'Xaysetha' }, [VT, AT]));
  });

  it("settles it by the office's own province, by the province column, or by the district's code", () => {
    expect(row(['Xaysetha'], U2).values).toMatchObject({ districtId: U4, provinceId: U2 });
    const withProvince = convertRow(['ນາງ ດາວ', 'Attapeu', 'ເມືອງ ໄຊເສດຖາ'], { nameLo: 0, province: 1, district: 2 }, lookups(null));
    expect(withProvince.values).toMatchObject({ districtId: U4 });
    expect(row(['LA-VT-XST']).values).toMatchObject({ districtId: U3 });
  });

  it('does the same for a village, naming the districts, and finds one written with ບ້ານ', () => {
    const r = convertRow(['ນາງ ດາວ', 'ບ້ານ ນາບົງ'], { nameLo: 0, village: 1 }, lookups(null));
    expect(r.problems).toEqual(several('village', 'ບ້ານ ນາບົງ', { nameLo: 'ນາບົງ', nameEn: 'Nabong' }, [districts[0], districts[2]]));
    expect(row(['ສາມັກຄີໄຊ', 'ບ້ານ ນາບົງ']).values).toMatchObject({ villageId: U7, districtId: U5, officeLevel: 'village' });
    // Romanised with "Muang" or "Ban" before the name, as English lists write them.
    expect(row(['Muang Samakkhixay', 'Ban Nabong']).values).toMatchObject({ villageId: U7, districtId: U5 });
  });

  it("settles a start of a name only where it fits one place, never by the office's province", () => {
    // "Sa" is too short; "Xay" starts both Xaysetha, and the home province does not choose between them.
    expect(row(['Xay'], U2).problems).toMatchObject([{ field: 'district', message: 'import.severalDistricts' }]);
    expect(row(['Samak'], U1).values).toMatchObject({ districtId: U5 });
  });
});
