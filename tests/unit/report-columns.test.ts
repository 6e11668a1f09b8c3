import { describe, expect, it } from 'vitest';
import { columnWidths, contentWidthTwips } from '../../electron/reports/docx-render';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('report table column widths', () => {
  it('give figure columns room for their header word and text columns the rest, by what they hold', () => {
    const widths = columnWidths(['Team', 'Level', 'Active', 'Target'], [['Pakkading district team', 'district', '6', '6']], [false, false, true, true]);
    expect(sum(widths)).toBeLessThanOrEqual(contentWidthTwips);
    expect(sum(widths)).toBeGreaterThan(contentWidthTwips - 10);
    expect(widths[2], '"Active" fits, and not much more').toBeGreaterThan(6 * 120);
    expect(widths[2]).toBeLessThan(1200);
    expect(widths[0], 'the team name is much wider than its level').toBeGreaterThan(widths[1] * 1.5);
  });

  it('size a figure column by its longest header word, Lao included, within bounds', () => {
    const [, short, lao, long] = columnWidths(['x', 'Men', 'ວິທະຍາກອນ', 'ວິຊາທີ່ບໍ່ມີສະມາຊິກຄົນໃດສອນໄດ້'], [['a', '1', '2', '3']], [false, true, true, true]);
    expect(short, 'a short header word makes a narrow column').toBeLessThan(800);
    expect(lao).toBeGreaterThan(short);
    expect(long).toBe(1500);
  });

  it('keep figures to 60% of the page beside text, and let figures alone fill it', () => {
    const many = columnWidths(['Province', ...Array(10).fill('Participants')], [['Vientiane', ...Array(10).fill('1')]], [false, ...Array(10).fill(true)]);
    expect(sum(many.slice(1))).toBeLessThanOrEqual(contentWidthTwips * 0.6 + 1);
    const only = columnWidths(['A', 'B'], [['1', '2']], [true, true]);
    expect(sum(only)).toBeGreaterThan(contentWidthTwips - 2);
  });

  it('make no column narrower than its longest word, where the page has room', () => {
    const columns = ['Team', 'Level', 'Province', 'Active', 'Target', 'Gap', 'Leads', 'Modules no member can train'];
    const rows = [['Xaysomboun provincial training of trainers team', 'provincial', 'ນະຄອນຫຼວງວຽງຈັນ', '12', '12', '0', '1', '3']];
    const widths = columnWidths(columns, rows, [false, false, false, true, true, true, true, true]);
    const word = (letters: number) => letters * 120;
    expect(widths[1], '"provincial" fits on one line').toBeGreaterThan(word('provincial'.length));
    expect(widths[2], 'a Lao name gets at least a syllable or two').toBeGreaterThan(word(6));
    expect(widths[7], '"Modules" fits on one line').toBeGreaterThan(word('Modules'.length));
    expect(widths[0], 'the long team name still gets the most room').toBe(Math.max(...widths));
    expect(sum(widths)).toBeLessThanOrEqual(contentWidthTwips);
    const dated = columnWidths(['Dates', 'Name', 'Province', 'Team'], [['2026-08-01', 'A very long person name indeed', 'Vientiane Capital → Bolikhamxay', 'Pakkading district team, Bolikhamxay provincial team']], [false, false, false, false]);
    expect(dated[0], 'a date is never broken').toBeGreaterThan(word(10));
  });

  it('give six figure columns beside one short text column their header words, past 60% of the page where it has room', () => {
    const columns = ['Province', 'Teams', 'Active', 'Target', 'Teams below target size', 'Teams without a lead', 'Teams with too few trainers for a module'];
    const widths = columnWidths(columns, [['Xayaboury (Sayabouly)', '4', '23', '24', '1', '0', '1']], [false, true, true, true, true, true, true]);
    // A bold header letter takes about 135 twips, and the cell's margins 160: at 816 LibreOffice broke "Team s".
    const bold = (word: string) => word.length * 135 + 160;
    expect(widths[1], '"Teams" is not broken over two lines').toBeGreaterThan(bold('Teams'));
    expect(widths[6], '"trainers" fits on one line').toBeGreaterThan(bold('trainers'));
    expect(widths[0], '"(Sayabouly)" still fits').toBeGreaterThan(bold('(Sayabouly)'));
    expect(sum(widths)).toBeLessThanOrEqual(contentWidthTwips);
    // The same in Lao, whose header words are longer: the province's name keeps a word's room.
    const lao = columnWidths(
      ['ແຂວງ', 'ທີມ', 'ເຄື່ອນໄຫວ', 'ເປົ້າໝາຍ', 'ທີມທີ່ມີສະມາຊິກຕ່ຳກວ່າເປົ້າໝາຍ', 'ທີມທີ່ບໍ່ມີຫົວໜ້າ', 'ທີມທີ່ມີວິທະຍາກອນໜ້ອຍເກີນໄປໃນບາງຫົວຂໍ້'],
      [['ນະຄອນຫຼວງວຽງຈັນ', '4', '24', '24', '0', '0', '2']],
      [false, true, true, true, true, true, true],
    );
    expect(lao[0], 'the province column is not starved').toBeGreaterThan(bold('ວຽງຈັນ') * 1.5);
    expect(sum(lao)).toBeLessThanOrEqual(contentWidthTwips);
    expect(sum(lao)).toBeGreaterThan(contentWidthTwips - 10);
  });
});
