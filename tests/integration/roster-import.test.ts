import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/api/roster-import';
import type { RosterRow } from '../../shared/api';
import { type Backend, startBackend } from '../../electron/backend';
import { tempDir } from '../helpers/temp-dir';

let b: Backend;
beforeAll(async () => {
  b = await startBackend({ dataDir: tempDir(), transport: 'cli' });
  await b.dispatch('roster.create', { nameLo: 'ນາງ ບົວພັນ ສີສຸວັນ', nameEn: 'Bouaphanh Sisouvanh', sex: 'f', birthYear: 1985, phone: '020 5555 0001', officeLevel: 'central' });
});
afterAll(() => b.close());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw Object.assign(new Error(`${channel}: ${JSON.stringify(r.error)}`), { apiError: r.error });
  return r.data as T;
}

/** A provincial roster as offices keep it: Lao headers, mixed spellings, two bad rows and one known person. */
async function rosterWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ລາຍຊື່');
  ws.addRow(['ຊື່ ແລະ ນາມສະກຸນ', 'Romanised name', 'ເພດ', 'ປີເກີດ', 'ເບີໂທ', 'ແຂວງ', 'ເມືອງ', 'ອົງການຈັດຕັ້ງ']);
  ws.addRow(['ນາງ ມະນີວອນ ພົມມະຈັນ', 'Manivone Phommachanh', 'ຍິງ', 1990, '020 5512 3456', 'ບໍລິຄຳໄຊ', 'ປາກກະດິງ', 'LWU']);
  ws.addRow(['', 'No Lao Name', 'F', 1991, '', 'Bolikhamxay', 'Pakkading', '']); // bad: no Lao name
  ws.addRow(['ນາງ ແສງດາວ ວົງສາ', 'Saengdao Vongsa', 'female', 1987, '12345', 'LA-BL', 'Atlantis', '']); // bad: phone and district
  ws.addRow(['ນາງ ບົວພັນ ສີສຸວັນ', 'Bouaphanh  Sisouvanh', 'ຍິງ', 1985, '', '', '', '']); // duplicate of the roster
  ws.addRow(['ທ້າວ ສົມພອນ ແກ້ວມະນີ', 'Somphone Keomany', 'ຊາຍ', 1979, '+856 20 7777 1234', 'Vientiane Capital', 'Xaythany', 'Public Security']);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('spreadsheet import', () => {
  it('previews every row with its problems and likely duplicates, writing nothing', async () => {
    const base64 = await rosterWorkbook();
    const before = (await call<RosterRow[]>('roster.search', {})).length;
    const preview = await call<ImportPreview>('import.preview', { fileName: 'roster.xlsx', base64 });
    expect(preview.mapping).toMatchObject({ nameLo: 0, nameEn: 1, sex: 2, birthYear: 3, phone: 4, province: 5, district: 6, organisation: 7 });
    expect(preview.counts).toEqual({ rows: 5, valid: 2, withProblems: 2, duplicates: 1 });
    const byRow = new Map(preview.rows.map((r) => [r.row, r]));
    expect(byRow.get(3)!.problems.map((p) => p.message)).toEqual(['validation.nameLoRequired']);
    expect(byRow.get(4)!.problems.map((p) => p.field).sort()).toEqual(['district', 'phone']);
    expect(byRow.get(5)!.duplicates[0]).toMatchObject({ nameEn: 'Bouaphanh Sisouvanh' });
    expect((await call<RosterRow[]>('roster.search', {})).length).toBe(before);
  });

  it('refuses to import a file with problems unless asked for the valid rows only', async () => {
    const base64 = await rosterWorkbook();
    const preview = await call<ImportPreview>('import.preview', { fileName: 'roster.xlsx', base64 });
    const before = (await call<RosterRow[]>('roster.search', {})).length;
    await expect(call('import.commit', { fileName: 'roster.xlsx', base64, mapping: preview.mapping, mode: 'all', skipDuplicates: true })).rejects.toMatchObject({
      apiError: { code: 'import.hasProblems', params: { count: 2 } },
    });
    expect((await call<RosterRow[]>('roster.search', {})).length).toBe(before);
    const result = await call('import.commit', { fileName: 'roster.xlsx', base64, mapping: preview.mapping, mode: 'validOnly', skipDuplicates: true });
    expect(result).toEqual({ imported: 2, skippedProblems: 2, skippedDuplicates: 1 });
    const imported = await call<RosterRow[]>('roster.search', { query: 'somphone keomany' });
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ phone: '020 7777 1234', officeLevel: 'district', sex: 'm' });
  });

  it('counts each row once, as the table tags it, and imports as many as it calls ready', async () => {
    const csv = [
      'ຊື່;ເພດ;ປີເກີດ',
      'ນາງ ສຸດາ ພົມມະລາດ;ຍ;1988', // ready
      'ນາງ ສຸດາ ພົມມະລາດ;ຍ;1988', // the row above again
      'ນາງ ບົວພັນ ສີສຸວັນ;ຍ;1985', // already in the roster
      'ນາງ ບົວພັນ ສີສຸວັນ;X;1985', // already in the roster, and a problem: counted with the problems
      'ນາງ ຄຳຫຼ້າ ວົງສາ;ຍ;1890', // a problem
      'ທ້າວ ວິໄລ ສີລາ;ຊ;1980', // ready
    ].join('\n');
    const base64 = Buffer.from(csv).toString('base64');
    const preview = await call<ImportPreview>('import.preview', { fileName: 'counts.csv', base64 });
    expect(preview.counts).toEqual({ rows: 6, valid: 2, withProblems: 2, duplicates: 2 });
    const result = await call('import.commit', { fileName: 'counts.csv', base64, mapping: preview.mapping, mode: 'validOnly', skipDuplicates: true });
    expect(result).toEqual({ imported: preview.counts.valid, skippedProblems: preview.counts.withProblems, skippedDuplicates: preview.counts.duplicates });
  });

  it('applies the same likely-duplicate rule to a trainer added by hand', async () => {
    const asked = (p: Record<string, unknown>) =>
      call<Array<{ nameEn: string }>>('roster.likelyDuplicates', { sex: 'f', officeLevel: 'central', ...p }).then((r) => r.map((x) => x.nameEn));
    expect(await asked({ nameLo: 'ນາງ ບົວພັນ ສີສຸວັນ', birthYear: 1985 }), 'same name and year').toEqual(['Bouaphanh Sisouvanh']);
    expect(await asked({ nameLo: 'ນາງ ສີດາ', nameEn: 'bouaphanh sisouvanh', phone: '020 5555 0001' }), 'same romanised name and phone').toEqual(['Bouaphanh Sisouvanh']);
    expect(await asked({ nameLo: 'ນາງ ບົວພັນ ສີສຸວັນ' }), 'nothing else to tell them apart').toEqual(['Bouaphanh Sisouvanh']);
    expect(await asked({ nameLo: 'ນາງ ບົວພັນ ສີສຸວັນ', birthYear: 1999, phone: '020 5555 0009' }), 'a namesake').toEqual([]);
  });

  it('reads a list as offices type it: titles for sex, dates of birth, and ຳ typed in two characters', async () => {
    // ໍ + າ (U+0ECD U+0EB2) where most fonts show ຳ (U+0EB3): what many Lao keyboards type.
    const am = '\u0ECD\u0EB2';
    const csv = `ຊື່;ວັນເດືອນປີເກີດ;ແຂວງ\nນາງ ຄ${am}ແພງ ໄຊຍະວົງ;12/03/1985;ບໍລິຄ${am}ໄຊ\nທ້າວ ສົມພອນ ແກ້ວມະນີ;1979-05-02;Bolikhamxay\n`;
    const base64 = Buffer.from(csv).toString('base64');
    const preview = await call<ImportPreview>('import.preview', { fileName: 'district.csv', base64 });
    expect(preview.rows.map((r) => r.problems), 'no sex column, dates for years, and the province found').toEqual([[], []]);
    await call('import.commit', { fileName: 'district.csv', base64, mapping: preview.mapping, mode: 'all', skipDuplicates: true });
    const [kham] = await call<RosterRow[]>('roster.search', { query: `ຄ${am}ແພງ` });
    expect(kham, 'found whichever way ຳ is typed').toMatchObject({ nameLo: 'ນາງ ຄຳແພງ ໄຊຍະວົງ', sex: 'f', birthYear: 1985 });
    expect((await call<RosterRow[]>('roster.search', { query: 'ຄຳແພງ' })).map((r) => r.id)).toEqual([kham!.id]);
    expect((await call<RosterRow[]>('roster.search', { query: 'ສົມພອນ ແກ້ວມະນີ' }))[0]).toMatchObject({ sex: 'm', birthYear: 1979 });
    // Typed again without the title, with a phone and a year she has not got: still probably her.
    expect(await call<Array<{ id: string }>>('roster.likelyDuplicates', { nameLo: 'ຄຳແພງ ໄຊຍະວົງ', sex: 'f', officeLevel: 'central', phone: '020 5555 7777', birthYear: 1985 })).toMatchObject([{ id: kham!.id }]);
  });

  it("at a provincial office, puts a row that names no level and no place in the office's province", async () => {
    const office = await startBackend({ dataDir: tempDir(), transport: 'cli' });
    try {
      expect((await office.dispatch('office.init', { code: 'LA-XA', level: 'provincial', name: 'Xayaboury office' })).ok).toBe(true);
      const base64 = Buffer.from('ຊື່;ແຂວງ\nນາງ ຄຳມີ;\nນາງ ບົວລີ;Bolikhamxay\n').toString('base64');
      const preview = await office.dispatch('import.preview', { fileName: 'r.csv', base64 });
      expect(preview.ok).toBe(true);
      const mapping = (preview as { data: ImportPreview }).data.mapping;
      expect((await office.dispatch('import.commit', { fileName: 'r.csv', base64, mapping, mode: 'all', skipDuplicates: true })).ok).toBe(true);
      const geo = await office.dispatch('reference.geography', {});
      const provinces = (geo as { data: { provinces: Array<{ id: string; code: string }> } }).data.provinces;
      const code = (id: string | null) => provinces.find((p) => p.id === id)?.code ?? null;
      const rows = (await office.dispatch('roster.search', {})) as { data: RosterRow[] };
      expect(rows.data.map((r) => [r.nameLo, r.officeLevel, code(r.provinceId)]).sort()).toEqual([
        ['ນາງ ຄຳມີ', 'provincial', 'LA-XA'],
        ['ນາງ ບົວລີ', 'provincial', 'LA-BL'],
      ]);
    } finally {
      await office.close();
    }
  });

  it('reads CSV with semicolons and a byte-order mark, as Excel saves it', async () => {
    const csv = '\uFEFFName in Lao;Sex;Province\nນາງ ດາວເຮືອງ;f;Savannakhet\n';
    const preview = await call<ImportPreview>('import.preview', { fileName: 'r.csv', base64: Buffer.from(csv).toString('base64') });
    expect(preview.counts).toMatchObject({ rows: 1, valid: 1 });
  });

  it('refuses an unreadable or unsupported file with a clear message', async () => {
    await expect(call('import.preview', { fileName: 'roster.xlsx', base64: Buffer.from('not a zip').toString('base64') })).rejects.toMatchObject({
      apiError: { code: 'import.unreadable' },
    });
    await expect(call('import.preview', { fileName: 'roster.docx', base64: 'AAAA' })).rejects.toMatchObject({ apiError: { code: 'import.unsupportedType' } });
    // A header it does not know: the preview shows the columns to choose from, and an import without one is refused.
    const base64 = Buffer.from('ຄູຝຶກ;Sex\nນາງ ດາວເຮືອງ;f\n').toString('base64');
    const preview = await call<ImportPreview>('import.preview', { fileName: 'r.csv', base64 });
    expect(preview).toMatchObject({ headers: ['ຄູຝຶກ', 'Sex'], mapping: { nameLo: null, sex: 1 }, counts: { rows: 1, withProblems: 1 } });
    await expect(call('import.commit', { fileName: 'r.csv', base64, mapping: preview.mapping, mode: 'validOnly', skipDuplicates: true })).rejects.toMatchObject({
      apiError: { code: 'import.nameColumnMissing' },
    });
  });

  it('says an empty file has no rows, as it does for a file with a header only', async () => {
    for (const fileName of ['empty.csv', 'empty.xlsx', 'header-only.csv']) {
      const base64 = fileName === 'header-only.csv' ? Buffer.from('ຊື່;ເພດ\n').toString('base64') : '';
      await expect(call('import.preview', { fileName, base64 }), fileName).rejects.toMatchObject({ apiError: { code: 'import.emptyFile', params: { file: fileName } } });
    }
  });

  it('refuses a CSV that lost its Lao letters when saved, writing nothing, and still reads UTF-16', async () => {
    const before = (await call<RosterRow[]>('roster.search', {})).length;
    const refused = async (fileName: string, bytes: Buffer, why: string) => {
      const base64 = bytes.toString('base64');
      await expect(call('import.preview', { fileName, base64 }), why).rejects.toMatchObject({ apiError: { code: 'import.lostLetters', params: { file: fileName } } });
      const mapping = { nameLo: 0, nameEn: 1 };
      await expect(call('import.commit', { fileName, base64, mapping, mode: 'validOnly', skipDuplicates: false }), why).rejects.toMatchObject({
        apiError: { code: 'import.lostLetters' },
      });
    };
    // Excel's "CSV (Comma delimited)" writes each Lao letter as "?": the names are question marks, valid UTF-8.
    await refused('ansi.csv', Buffer.from('Name in Lao,Romanised name,Sex\n??? ?????? ???????,Manivone Phommachanh,F\n', 'latin1'), 'names made of "?"');
    await refused('ansi-lao-header.csv', Buffer.from('??? ??? ???????,???\n??? ??????,??\n', 'latin1'), 'Lao headers made of "?"');
    // Windows-1252 is not UTF-8: "à" decodes to U+FFFD.
    await refused('cp1252.csv', Buffer.from('Romanised name,Sex\nSouphàphone Keomany,F\n', 'latin1'), 'not UTF-8');
    expect((await call<RosterRow[]>('roster.search', {})).length, 'nothing written').toBe(before);

    // A question mark in a name with letters, and UTF-16 after its byte-order mark, are read as before.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ຊື່\tRomanised name\tເພດ\nນາງ ພອນສະຫວັນ ທຳມະວົງ\tPhonsavanh (?)\tຍ\n', 'utf16le')]);
    const preview = await call<ImportPreview>('import.preview', { fileName: 'unicode.csv', base64: utf16.toString('base64') });
    expect(preview.rows.map((r) => [r.nameLo, r.nameEn, r.problems])).toEqual([['ນາງ ພອນສະຫວັນ ທຳມະວົງ', 'Phonsavanh (?)', []]]);
  });

  it('imports a row that repeats a row with problems, corrected, rather than skip it as a duplicate', async () => {
    const csv = ['ຊື່;ເພດ;ປີເກີດ;ເບີໂທ', 'ນາງ ພອນປະເສີດ ສີລາ;ຍ;1990;12345', 'ນາງ ພອນປະເສີດ ສີລາ;ຍ;1990;020 5512 9876', 'ນາງ ພອນປະເສີດ ສີລາ;ຍ;1990;020 5512 9876'].join('\n');
    const base64 = Buffer.from(csv).toString('base64');
    const preview = await call<ImportPreview>('import.preview', { fileName: 'corrected.csv', base64 });
    const tags = preview.rows.map((r) => [r.row, r.problems.map((p) => p.field), r.duplicates.map((d) => d.row)]);
    expect(tags, 'row 3 is ready; row 4 repeats row 3, which is imported').toEqual([[2, ['phone'], []], [3, [], []], [4, [], [3]]]);
    expect(preview.counts).toEqual({ rows: 3, valid: 1, withProblems: 1, duplicates: 1 });
    const result = await call('import.commit', { fileName: 'corrected.csv', base64, mapping: preview.mapping, mode: 'validOnly', skipDuplicates: true });
    expect(result).toEqual({ imported: 1, skippedProblems: 1, skippedDuplicates: 1 });
    expect(await call<RosterRow[]>('roster.search', { query: 'ພອນປະເສີດ ສີລາ' })).toMatchObject([{ phone: '020 5512 9876' }]);
  });

  it('leaves out a total or an empty numbered line, and says which rows it left out', async () => {
    const csv = [
      'ລ/ດ;ຊື່ ແລະ ນາມສະກຸນ;ເພດ;ປີເກີດ',
      '1;ນາງ ຈັນທະວີ ແສງສີ;ຍ;1986',
      '2;ທ້າວ ບຸນມີ ແສງສີ;ຊ;1984',
      '3;;;', // a numbered line nobody filled in
      ';;ລວມ 2 ຄົນ;', // the total
      ';;;1990', // a cell alone, but not a name: still not a person
      '4;;ຍ;1991', // no name, but something of a person: her name is missing
    ].join('\n');
    const base64 = Buffer.from(csv).toString('base64');
    const preview = await call<ImportPreview>('import.preview', { fileName: 'totals.csv', base64 });
    expect(preview.leftOut).toEqual([4, 5, 6]);
    expect(preview.rows.map((r) => [r.row, r.problems.map((p) => p.message)])).toEqual([[2, []], [3, []], [7, ['validation.nameLoRequired']]]);
    expect(preview.counts).toEqual({ rows: 3, valid: 2, withProblems: 1, duplicates: 0 });

    // Without the line that has something of a person, the file imports whole.
    const whole = Buffer.from(csv.split('\n').slice(0, -1).join('\n')).toString('base64');
    const mapping = (await call<ImportPreview>('import.preview', { fileName: 'totals.csv', base64: whole })).mapping;
    expect(await call('import.commit', { fileName: 'totals.csv', base64: whole, mapping, mode: 'all', skipDuplicates: true })).toEqual({ imported: 2, skippedProblems: 0, skippedDuplicates: 0 });

    // No name column known yet: nothing is left out, for the person has still to point to it.
    const unknown = await call<ImportPreview>('import.preview', { fileName: 'r.csv', base64: Buffer.from('ຄູຝຶກ\nນາງ ດາວເຮືອງ\n').toString('base64') });
    expect([unknown.leftOut, unknown.counts.rows]).toEqual([[], 1]);
  });

  it('numbers rows as the file does, blank rows counted, and puts a village trainer in her village', async () => {
    const geo = await call<{ districts: Array<{ id: string; code: string }> }>('reference.geography', {});
    const pakkading = geo.districts.find((d) => d.code === 'LA-BL-PKD')!;
    const village = await call<{ id: string }>('reference.addVillage', { districtId: pakkading.id, nameLo: 'ບ້ານ ນາຄູນ', nameEn: 'Nakhoun' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ລາຍຊື່');
    ws.addRow(['ຊື່', 'ເພດ', 'ຂັ້ນ', 'ແຂວງ', 'ເມືອງ', 'ບ້ານ', 'ເບີໂທ']); // Excel row 1
    ws.addRow(['ນາງ ຄຳແພງ ນາຄູນ', 'ຍິງ', 'ບ້ານ', 'ບໍລິຄຳໄຊ', 'ປາກກະດິງ', 'Nakhoun', 2055554321]); // row 2, the phone kept by Excel as a number
    ws.addRow(['']); // row 3, blank
    ws.addRow(['ນາງ ບົວລາ ນາຄູນ', 'ຍິງ', 'ບ້ານ', 'ບໍລິຄຳໄຊ', 'ປາກກະດິງ', '']); // row 4: a village trainer with no village
    ws.addRow(['ນາງ ດອກໄມ້ ນາຄູນ', 'ຍິງ', 'ບ້ານ', 'ບໍລິຄຳໄຊ', 'ປາກກະດິງ', 'Atlantis']); // row 5: a village not known
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const preview = await call<ImportPreview>('import.preview', { fileName: 'villages.xlsx', base64 });
    expect(preview.mapping).toMatchObject({ nameLo: 0, sex: 1, officeLevel: 2, province: 3, district: 4, village: 5, phone: 6 });
    expect(preview.rows.map((r) => r.row), 'the rows as Excel numbers them').toEqual([2, 4, 5]);
    const problems = new Map(preview.rows.map((r) => [r.row, r.problems.map((p) => `${p.field}: ${p.message}`)]));
    expect(problems.get(2)).toEqual([]);
    expect(problems.get(4)).toEqual(['village: validation.villageRequired']);
    expect(problems.get(5)).toContain('village: import.unknownVillage');
    await call('import.commit', { fileName: 'villages.xlsx', base64, mapping: preview.mapping, mode: 'validOnly', skipDuplicates: true });
    const [imported] = await call<RosterRow[]>('roster.search', { query: 'ຄຳແພງ ນາຄູນ' });
    expect(imported).toMatchObject({ officeLevel: 'village', districtId: pakkading.id, villageId: village.id, phone: '020 5555 4321' });
  });
});

