import { describe, expect, it } from 'vitest';
import { withLaoWordBreaks } from '../../electron/reports/lao-breaks';

const shown = (s: string) => s.replaceAll('\u200B', '|');

describe('places where Lao text may break in a Word report', () => {
  it('come between Lao words, by the dictionary, and leave the words themselves whole', () => {
    expect(shown(withLaoWordBreaks('ທີມວິທະຍາກອນແຂວງບໍລິຄຳໄຊ'))).toBe('ທີມ|ວິທະຍາກອນ|ແຂວງ|ບໍລິຄຳໄຊ');
    expect(shown(withLaoWordBreaks('ວິຊາທີ່ບໍ່ມີສະມາຊິກຄົນໃດສອນໄດ້'))).toBe('ວິຊາ|ທີ່|ບໍ່ມີ|ສະມາຊິກ|ຄົນໃດ|ສອນ|ໄດ້');
  });

  it('are not added beside spaces, figures, punctuation or Latin text, and change nothing without Lao', () => {
    for (const text of ['LWU Desk ແຂວງ 12 ຄົນ', '12 ມັງກອນ 2026', 'ຮຽນ (ທົດສອບ)', 'Pakkading district team', '']) {
      expect(withLaoWordBreaks(text)).toBe(text);
    }
    expect(shown(withLaoWordBreaks('ກະກຽມໂດຍ Test coordinator'))).toBe('ກະກຽມ|ໂດຍ Test coordinator');
  });

  it('take nothing away: without them the text is as it was', () => {
    const text = 'ນາງ ແກ້ວກັນຍາ ລາດສະວົງ ໄດ້ຖືກຍົກຍ້າຍໄປນະຄອນຫຼວງວຽງຈັນ.';
    expect(withLaoWordBreaks(text).replaceAll('\u200B', '')).toBe(text);
    expect(withLaoWordBreaks(text)).toContain('\u200B');
  });
});
