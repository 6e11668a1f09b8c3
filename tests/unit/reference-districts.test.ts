import { describe, expect, it } from 'vitest';
import { districts, provinces } from '../../electron/reference/reference-data';

describe('the districts every install ships with', () => {
  it('cover every province, each under a unique code in its province', () => {
    const byProvince = new Map(provinces.map((p) => [p.code, districts.filter((d) => d.province === p.code)]));
    expect([...byProvince].filter(([, list]) => list.length < 4).map(([code]) => code), 'every province has its districts').toEqual([]);
    expect(districts).toHaveLength(148);
    expect(new Set(districts.map((d) => d.code)).size).toBe(districts.length);
    expect(districts.every((d) => d.code.startsWith(`${d.province}-`) && d.name_lo.trim() && d.name_en.trim())).toBe(true);
    // Their ids come from their codes: the districts shipped before the full list keep theirs.
    expect(districts.filter((d) => ['LA-BL-PKD', 'LA-XA-PKL', 'LA-VT-SKB'].includes(d.code)).map((d) => d.name_en).sort()).toEqual(['Pakkading', 'Paklai', 'Sikhottabong']);
    expect(byProvince.get('LA-BL')!.map((d) => d.name_lo)).toContain('ປາກຊັນ');
  });
});
