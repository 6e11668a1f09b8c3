import type { DistrictCoverage, VillageReach } from '../../shared/api';
import type { Db } from '../db/connection';
import { compareLao } from '../../shared/lao-order';

/**
 * Per district, which villages held sessions have reached (first and last time, how many people) and which
 * none has reached yet: the gap list a provincial coordinator plans the next village sessions from.
 */
export async function villageCoverage(db: Db, provinceId?: string): Promise<DistrictCoverage[]> {
  type Row = Record<string, any>;
  const districts: Row[] = await db('district').whereNull('deleted_at').modify((q) => (provinceId ? q.where({ province_id: provinceId }) : q)).orderBy('name_en');
  const villages: Row[] = await db('village').whereNull('deleted_at').modify((q) => (provinceId ? q.where({ province_id: provinceId }) : q));
  // People reached by a session are shared among the villages it reached, so a two-village session of 40
  // people does not count 80.
  const reach = await db('session_village as sv')
    .join('session as s', 's.id', 'sv.session_id')
    .whereNull('sv.deleted_at')
    .whereNull('s.deleted_at')
    .where('s.status', 'held')
    .modify((q) => (provinceId ? q.where('s.province_id', provinceId) : q))
    .select(
      'sv.village_id',
      's.id as session_id',
      's.start_date',
      db.raw('(SELECT coalesce(sum(female + male), 0) FROM session_participants p WHERE p.session_id = s.id AND p.deleted_at IS NULL) AS people'),
      db.raw('(SELECT count(*) FROM session_village x WHERE x.session_id = s.id AND x.deleted_at IS NULL) AS shared'),
    );
  const byVillage = new Map<string, { first: string; last: string; sessions: number; people: number }>();
  for (const r of reach) {
    const cur = byVillage.get(r.village_id);
    const people = Number(r.people) / Math.max(1, Number(r.shared));
    if (!cur) byVillage.set(r.village_id, { first: r.start_date, last: r.start_date, sessions: 1, people });
    else {
      cur.first = r.start_date < cur.first ? r.start_date : cur.first;
      cur.last = r.start_date > cur.last ? r.start_date : cur.last;
      cur.sessions += 1;
      cur.people += people;
    }
  }
  return districts
    .map((d) => {
      const rows: VillageReach[] = villages
        .filter((v) => v.district_id === d.id)
        .map((v) => {
          const r = byVillage.get(v.id);
          return { villageId: v.id, nameLo: v.name_lo, nameEn: v.name_en, first: r?.first ?? null, last: r?.last ?? null, sessions: r?.sessions ?? 0, people: Math.round(r?.people ?? 0) };
        })
        .sort((a, b) => compareLao(a.nameLo, b.nameLo));
      return {
        districtId: d.id,
        provinceId: d.province_id,
        nameLo: d.name_lo,
        nameEn: d.name_en,
        reached: rows.filter((r) => r.sessions > 0),
        neverReached: rows.filter((r) => r.sessions === 0),
      };
    })
    .filter((d) => d.reached.length + d.neverReached.length > 0);
}
