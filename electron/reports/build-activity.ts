import type { Block } from '../../shared/report-model';
import type { ActivityData, TransferLine } from './activity-data';
import type { BuildContext } from './build-context';
import { byPlaceTable } from './by-place';
import type { RosterData } from './roster-data';

const kindLabel = (c: BuildContext, kind: string) => c.t(`calendar.kind.${kind}`);

export function activityFigures(c: BuildContext, a: ActivityData) {
  const participants = a.held.reduce((s, x) => s + x.female + x.male, 0);
  return [
    { label: c.t('reports.doc.figSessionsHeld'), value: c.number(a.held.length) },
    { label: c.t('reports.doc.figParticipants'), value: c.number(participants) },
    { label: c.t('reports.doc.figVillages'), value: c.number(a.villages.length) },
  ];
}

function sessionTable(c: BuildContext, rows: ActivityData['held'], withCounts: boolean): Block {
  if (!rows.length) return { type: 'paragraph', text: c.t('reports.doc.noRows'), muted: true };
  const base = [c.t('reports.doc.colDate'), c.t('reports.doc.colKind'), c.t('reports.doc.colPlace')];
  const counts = [c.t('reports.doc.colFemale'), c.t('reports.doc.colMale'), c.t('reports.doc.colTotal')];
  return {
    type: 'table',
    columns: withCounts ? [...base, ...counts] : base,
    numeric: withCounts ? [false, false, false, true, true, true] : undefined,
    rows: rows.map((s) => [
      s.startDate === s.endDate ? c.date(s.startDate) : `${c.date(s.startDate)} – ${c.date(s.endDate)}`,
      kindLabel(c, s.kind),
      c.lang === 'lo' ? s.placeLo : s.placeEn,
      ...(withCounts ? [c.number(s.female), c.number(s.male), c.number(s.female + s.male)] : []),
    ]),
  };
}

/** Sessions held, participants, villages reached, transfers and next month's plan. */
/** Participants of held sessions by organisation and sex, with their total. */
export function organisationTable(c: BuildContext, a: ActivityData): Block {
  if (!a.byOrganisation.length) return { type: 'paragraph', text: c.t('reports.doc.noRows'), muted: true };
  const f = a.byOrganisation.reduce((s, o) => s + o.female, 0);
  const m = a.byOrganisation.reduce((s, o) => s + o.male, 0);
  const row = (name: string, female: number, male: number) => [name, c.number(female), c.number(male), c.number(female + male)];
  return {
    type: 'table',
    columns: [c.t('reports.doc.colOrganisation'), c.t('reports.doc.colFemale'), c.t('reports.doc.colMale'), c.t('reports.doc.colTotal')],
    numeric: [false, true, true, true],
    rows: [...a.byOrganisation.map((o) => row(c.name(o), o.female, o.male)), row(c.t('reports.doc.colTotal'), f, m)],
  };
}

/**
 * Transfers, one a row: when, who, from where to where (province and district, and the organisation where it
 * changed: a move within one district otherwise read as going nowhere), and the teams she left.
 */
function transferTable(c: BuildContext, lines: TransferLine[]): Block {
  const prov = (id: string | null) => (id ? c.name(c.provinces.get(id) ?? { nameLo: '?', nameEn: '?' }) : '');
  const place = (province: string | null, district: TransferLine['fromDistrict'], organisation: TransferLine['fromOrganisation']) =>
    [[prov(province), district && c.name(district)].filter(Boolean).join(', '), organisation && c.name(organisation)].filter(Boolean).join(' · ');
  return {
    type: 'table',
    columns: [c.t('reports.doc.colDate'), c.t('reports.doc.colName'), c.t('reports.doc.colProvince'), c.t('reports.doc.colTeam')],
    rows: lines.map((x) => [c.date(x.date), c.name(x), `${place(x.fromProvinceId, x.fromDistrict, x.fromOrganisation)} → ${place(x.toProvinceId, x.toDistrict, x.toOrganisation)}`, (c.lang === 'lo' ? x.teamsLo : x.teamsEn).join(', ')]),
  };
}

export function activitySections(c: BuildContext, a: ActivityData): Block[] {
  return [
    { type: 'heading', level: 1, text: c.t('reports.doc.sessionsHeld') },
    sessionTable(c, a.held, true),
    { type: 'heading', level: 1, text: c.t('reports.doc.participants') },
    organisationTable(c, a),
    { type: 'heading', level: 1, text: c.t('reports.doc.villagesReached') },
    a.villages.length
      ? { type: 'table', columns: [c.t('reports.doc.colDistrict'), c.t('reports.doc.colVillage')], rows: a.villages.map((v) => [c.lang === 'lo' ? v.districtLo : v.districtEn, c.name(v)]) }
      : { type: 'paragraph', text: c.t('reports.doc.noRows'), muted: true },
    { type: 'heading', level: 1, text: c.t('reports.doc.transfers') },
    a.transfers.length ? transferTable(c, a.transfers) : { type: 'paragraph', text: c.t('reports.doc.noRows'), muted: true },
    { type: 'heading', level: 1, text: c.t('reports.doc.nextMonth') },
    sessionTable(c, a.planned, false),
    ...(a.transfersNext.length ? [{ type: 'heading' as const, level: 2 as const, text: c.t('reports.doc.transfersNext') }, transferTable(c, a.transfersNext)] : []),
  ];
}

/**
 * The consolidated report's table: one row per province, and the central office's own, so that each column adds
 * up to its key figure. A trainer counts once, in her own province's row, however many teams she is in.
 */
export function provinceComparison(c: BuildContext, a: ActivityData, roster: RosterData): Block[] {
  const trainers = new Map(roster.teams.flatMap((t) => t.members).map((m) => [m.personId, m.provinceId]));
  const rows = c.places().map(([id, p]) => {
    const held = a.held.filter((s) => s.provinceId === id);
    const people = held.reduce((s, x) => s + x.female + x.male, 0);
    const villages = a.villages.filter((v) => v.provinceId === id).length;
    const active = [...trainers.values()].filter((province) => province === id).length;
    return { name: c.name(p), figures: [held.length, people, villages, active] };
  });
  const columns = [c.t('reports.doc.colProvince'), c.t('reports.doc.colSessions'), c.t('reports.doc.figParticipants'), c.t('reports.doc.figVillages'), c.t('reports.doc.colTrainers')];
  return byPlaceTable(c, columns, rows, 'reports.doc.quietPlaces').blocks;
}

export function narrativeSections(c: BuildContext, n: { achievements: string; challenges: string; lessons: string }): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: c.t('reports.doc.narrative') }];
  for (const key of ['achievements', 'challenges', 'lessons'] as const) {
    blocks.push({ type: 'heading', level: 2, text: c.t(`reports.doc.${key}`) });
    // A blank line starts a new paragraph; a single line break stays inside its paragraph, as it was typed.
    const paras = n[key].replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')).filter(Boolean);
    if (!paras.length) blocks.push({ type: 'paragraph', text: c.t('reports.doc.narrativeEmpty'), muted: true });
    for (const p of paras) blocks.push({ type: 'paragraph', text: p });
  }
  return blocks;
}
