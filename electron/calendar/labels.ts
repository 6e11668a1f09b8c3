import type { i18n } from 'i18next';
import type { SessionRow } from '../../shared/api';
import { createI18n } from '../../shared/i18n';
import type { Db } from '../db/connection';

let cached: { lo: i18n['t']; en: i18n['t'] } | undefined;
/** Made once: the backend names sessions in both languages (warnings, .ics) without a renderer. */
export function translators(): { lo: i18n['t']; en: i18n['t'] } {
  cached ??= { lo: createI18n('lo').t, en: createI18n('en').t };
  return cached;
}

export interface PlaceNames {
  get(id: string | null): { name_lo: string; name_en: string } | undefined;
}

/** Province, district and village names by id, for the few sessions a label is needed for. */
export async function placeNames(db: Db, rows: Array<Pick<SessionRow, 'provinceId' | 'districtId' | 'villageId'>>): Promise<PlaceNames> {
  const ids = (key: 'provinceId' | 'districtId' | 'villageId') => [...new Set(rows.map((r) => r[key]).filter((x): x is string => !!x))];
  const map = new Map<string, { name_lo: string; name_en: string }>();
  for (const [table, key] of [['province', 'provinceId'], ['district', 'districtId'], ['village', 'villageId']] as const) {
    const wanted = ids(key);
    if (wanted.length === 0) continue;
    for (const r of await db(table).whereIn('id', wanted).select('id', 'name_lo', 'name_en')) map.set(r.id, r);
  }
  return { get: (id) => (id ? map.get(id) : undefined) };
}

/** A session's name: its own title, else its kind and its place ("District training of trainers · Paklai"). */
export function sessionTitle(s: Pick<SessionRow, 'title' | 'kind' | 'level' | 'provinceId' | 'districtId' | 'villageId'>, places: PlaceNames, lang: 'lo' | 'en'): string {
  if (s.title) return s.title;
  const t = translators()[lang];
  const place = places.get(s.villageId) ?? places.get(s.districtId) ?? places.get(s.provinceId);
  const placeName = place ? (lang === 'lo' ? place.name_lo : place.name_en || place.name_lo) : t('calendar.level.central');
  return `${t(`calendar.kind.${s.kind}`)} · ${placeName}`;
}
