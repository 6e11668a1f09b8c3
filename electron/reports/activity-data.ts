import { inactiveStatuses, sessionStatuses } from '../../shared/calendar-rules';
import type { Db } from '../db/connection';
import { compareLao } from '../../shared/lao-order';

/**
 * What happened in a scope and month, read from the calendar (session*) and transfers tables: the rows the
 * monthly and consolidated reports tabulate. provinceId null means every province.
 */
export interface SessionLine {
  id: string;
  kind: string;
  startDate: string;
  endDate: string;
  provinceId: string | null;
  placeLo: string;
  placeEn: string;
  female: number;
  male: number;
}
export interface OrgLine {
  nameLo: string;
  nameEn: string;
  female: number;
  male: number;
}
export interface VillageLine {
  provinceId: string;
  nameLo: string;
  nameEn: string;
  districtLo: string;
  districtEn: string;
}
export interface TransferLine {
  date: string;
  nameLo: string;
  nameEn: string;
  fromProvinceId: string | null;
  toProvinceId: string | null;
  /** the districts, named: a move within one province reads as a move between its districts */
  fromDistrict: { nameLo: string; nameEn: string } | null;
  toDistrict: { nameLo: string; nameEn: string } | null;
  /** the organisations, named where the transfer changed it: a move within one place changes only this */
  fromOrganisation: { nameLo: string; nameEn: string } | null;
  toOrganisation: { nameLo: string; nameEn: string } | null;
  endedMemberships: number;
  teamsLo: string[];
  teamsEn: string[];
}
export interface ActivityData {
  held: SessionLine[];
  planned: SessionLine[];
  byOrganisation: OrgLine[];
  villages: VillageLine[];
  transfers: TransferLine[];
  /** transfers dated next month, already recorded */
  transfersNext: TransferLine[];
}

type Row = Record<string, any>;

const inScope = (column: string, provinceId: string | null) => (q: any) => (provinceId ? q.where(column, provinceId) : q);

async function sessionLines(db: Db, provinceId: string | null, from: string, to: string, statuses: readonly string[]): Promise<SessionLine[]> {
  const rows: Row[] = await db('session as s')
    .leftJoin('village as v', 'v.id', 's.village_id')
    .leftJoin('district as d', 'd.id', 's.district_id')
    .leftJoin('province as p', 'p.id', 's.province_id')
    .whereNull('s.deleted_at')
    .whereIn('s.status', statuses)
    .whereBetween('s.start_date', [from, to])
    .modify(inScope('s.province_id', provinceId))
    .orderBy(['s.start_date', 's.id'])
    .select('s.id', 's.kind', 's.start_date', 's.end_date', 's.province_id', 's.venue', 'v.name_lo as v_lo', 'v.name_en as v_en', 'd.name_lo as d_lo', 'd.name_en as d_en', 'p.name_lo as p_lo', 'p.name_en as p_en');
  const counts = new Map<string, { f: number; m: number }>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const part: Row[] = await db('session_participants').whereNull('deleted_at').whereIn('session_id', ids.slice(i, i + 500)).groupBy('session_id').select('session_id').sum({ f: 'female', m: 'male' });
    for (const c of part) counts.set(c.session_id, { f: Number(c.f ?? 0), m: Number(c.m ?? 0) });
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
    provinceId: r.province_id,
    // The venue typed in the calendar (a meeting hall, a school) first, then where it lies.
    placeLo: [r.venue, r.v_lo, r.d_lo, r.p_lo].filter(Boolean).join(', '),
    placeEn: [r.venue, r.v_en || r.v_lo, r.d_en, r.p_en].filter(Boolean).join(', '),
    female: counts.get(r.id)?.f ?? 0,
    male: counts.get(r.id)?.m ?? 0,
  }));
}

export async function loadActivity(db: Db, provinceId: string | null, range: { from: string; to: string }, next: { from: string; to: string }): Promise<ActivityData> {
  const held = await sessionLines(db, provinceId, range.from, range.to, ['held']);
  // Next month's calendar as it stands, sessions already held included: a report written late in the month
  // lists the same sessions as one written early. Postponed and cancelled ones will not take place then.
  const planned = await sessionLines(db, provinceId, next.from, next.to, sessionStatuses.filter((s) => !inactiveStatuses.includes(s)));
  const heldIds = held.map((s) => s.id);
  const byOrganisation = (
    await db('session_participants as sp')
      .join('session as s', 's.id', 'sp.session_id')
      .leftJoin('organisation as o', 'o.id', 'sp.organisation_id')
      .whereNull('sp.deleted_at')
      .whereNull('s.deleted_at')
      .where('s.status', 'held')
      .whereBetween('s.start_date', [range.from, range.to])
      .modify(inScope('s.province_id', provinceId))
      .groupBy('sp.organisation_id', 'o.name_lo', 'o.name_en', 'o.sort_order')
      .orderBy('o.sort_order')
      .select('o.name_lo', 'o.name_en')
      .sum({ f: 'sp.female', m: 'sp.male' })
  ).map((r) => ({ nameLo: r.name_lo ?? '?', nameEn: r.name_en ?? '?', female: Number(r.f ?? 0), male: Number(r.m ?? 0) }));
  // A village is reached when a held session lists it among the villages it reached, as the dashboard and the
  // coverage view count it (recording a session held offers the session's own village, which can be taken off).
  const villageIds = new Set<string>();
  for (let i = 0; i < heldIds.length; i += 500) {
    for (const r of await db('session_village').whereNull('deleted_at').whereIn('session_id', heldIds.slice(i, i + 500)).select('village_id')) villageIds.add(r.village_id);
  }
  const villages: VillageLine[] = [];
  const vids = [...villageIds];
  for (let i = 0; i < vids.length; i += 500) {
    const rows = await db('village as v').join('district as d', 'd.id', 'v.district_id').whereIn('v.id', vids.slice(i, i + 500)).select('v.province_id', 'v.name_lo', 'v.name_en', 'd.name_lo as d_lo', 'd.name_en as d_en');
    for (const r of rows) villages.push({ provinceId: r.province_id, nameLo: r.name_lo, nameEn: r.name_en || r.name_lo, districtLo: r.d_lo, districtEn: r.d_en });
  }
  villages.sort((a, b) => compareLao(a.districtEn, b.districtEn) || compareLao(a.nameLo, b.nameLo));
  const transfers = await loadTransfers(db, provinceId, range);
  // Recorded ahead of their date: what next month already takes away, as the Capacity page shows it.
  const transfersNext = await loadTransfers(db, provinceId, next);
  return { held, planned, byOrganisation, villages, transfers, transfersNext };
}

/** A transfer's organisations, both named when it changed them (none to one counts as a change), else neither. */
function organisations(r: Row): Pick<TransferLine, 'fromOrganisation' | 'toOrganisation'> {
  const named = (lo: string | null, en: string | null) => (lo ? { nameLo: lo, nameEn: en || lo } : null);
  if (!r.to_organisation_id || r.to_organisation_id === r.from_organisation_id) return { fromOrganisation: null, toOrganisation: null };
  return { fromOrganisation: named(r.from_org_lo, r.from_org_en), toOrganisation: named(r.to_org_lo, r.to_org_en) };
}

async function loadTransfers(db: Db, provinceId: string | null, range: { from: string; to: string }): Promise<TransferLine[]> {
  const rows: Row[] = await db('transfer as t')
    .join('person as p', 'p.id', 't.person_id')
    .leftJoin('district as fd', 'fd.id', 't.from_district_id')
    .leftJoin('district as td', 'td.id', 't.to_district_id')
    .leftJoin('organisation as fo', 'fo.id', 't.from_organisation_id')
    .leftJoin('organisation as tor', 'tor.id', 't.to_organisation_id')
    .whereNull('t.deleted_at')
    .whereBetween('t.transfer_date', [range.from, range.to])
    .modify((q: any) => (provinceId ? q.where((w: any) => w.where('t.from_province_id', provinceId).orWhere('t.to_province_id', provinceId)) : q))
    .orderBy('t.transfer_date')
    .select('t.transfer_date', 't.from_province_id', 't.to_province_id', 't.ended_memberships', 'p.name_lo', 'p.name_en')
    .select('fd.name_lo as from_district_lo', 'fd.name_en as from_district_en', 'td.name_lo as to_district_lo', 'td.name_en as to_district_en')
    .select('t.from_organisation_id', 't.to_organisation_id', 'fo.name_lo as from_org_lo', 'fo.name_en as from_org_en', 'tor.name_lo as to_org_lo', 'tor.name_en as to_org_en');
  // One query for the teams every transfer ended, not one per transfer: a national month has hundreds.
  const endedOf = rows.map((r) => (JSON.parse(r.ended_memberships ?? '[]') as Array<{ id: string; cancelled?: boolean }>).filter((m) => !m.cancelled).map((m) => m.id));
  const teamOf = new Map<string, { lo: string; en: string }>();
  const allIds = endedOf.flat();
  for (let i = 0; i < allIds.length; i += 500) {
    for (const t of await db('team_member as m').join('team as t', 't.id', 'm.team_id').whereIn('m.id', allIds.slice(i, i + 500)).whereNull('m.deleted_at').select('m.id', 't.name_lo', 't.name_en')) teamOf.set(t.id, { lo: t.name_lo, en: t.name_en || t.name_lo });
  }
  const out: TransferLine[] = rows.map((r, i) => {
    const teams = endedOf[i]!.map((id) => teamOf.get(id)).filter((t): t is { lo: string; en: string } => !!t);
    return {
      date: r.transfer_date,
      nameLo: r.name_lo,
      nameEn: r.name_en || r.name_lo,
      fromProvinceId: r.from_province_id,
      toProvinceId: r.to_province_id,
      fromDistrict: r.from_district_lo ? { nameLo: r.from_district_lo, nameEn: r.from_district_en ?? '' } : null,
      toDistrict: r.to_district_lo ? { nameLo: r.to_district_lo, nameEn: r.to_district_en ?? '' } : null,
      ...organisations(r),
      endedMemberships: teams.length,
      teamsLo: teams.map((t) => t.lo),
      teamsEn: teams.map((t) => t.en),
    };
  });
  return out;
}
