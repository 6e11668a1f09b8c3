import { describe, expect, it } from 'vitest';
import { columnWidths, contentWidthTwips } from '../../electron/reports/docx-render';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('report table column widths', () => {
  it('give figure columns room for their header word and text columns the rest, by what they hold', () => {
    const widths = columnWidths(['Team', 'Level', 'Active', 'Target'], [['Pakkading district team', 'district', '6', '6']], [false, false, true, true]);
    expect(sum(widths)).toBeLessThanOrEqual(contentWidthTwips);
    expect(sum(widths)).toBeGreaterThan(contentWidthTwips - 10);
    expect(widths[2]).toBe(1000);
    expect(widths[0], 'the team name is wider than its level').toBeGreaterThan(widths[1] * 2);
  });

  it('size a figure column by its longest header word, Lao included, within bounds', () => {
    const [, short, lao, long] = columnWidths(['x', 'Men', 'ວິທະຍາກອນ', 'ວິຊາທີ່ບໍ່ມີສະມາຊິກຄົນໃດສອນໄດ້'], [['a', '1', '2', '3']], [false, true, true, true]);
    expect(short).toBe(1000);
    expect(lao).toBeGreaterThan(short);
    expect(long).toBe(1500);
  });

  it('keep figures to 60% of the page beside text, and let figures alone fill it', () => {
    const many = columnWidths(['Province', ...Array(10).fill('Participants')], [['Vientiane', ...Array(10).fill('1')]], [false, ...Array(10).fill(true)]);
    expect(sum(many.slice(1))).toBeLessThanOrEqual(contentWidthTwips * 0.6 + 1);
    const only = columnWidths(['A', 'B'], [['1', '2']], [true, true]);
    expect(sum(only)).toBeGreaterThan(contentWidthTwips - 2);
  });
});
