/**
 * Every report kind in both languages, from the demo data: generated through the dispatcher, converted to PDF
 * by LibreOffice (one soffice run for all eight files), and checked against figures computed here by SQL.
 * Lao strings are asserted in word/document.xml: pdftotext may reorder Lao combining marks (DESIGN.md 4).
 */
import { tool } from '../helpers/processes';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../../electron/backend';
import { loadDemo } from '../../electron/roster/demo';
import { withLaoWordBreaks } from '../../electron/reports/lao-breaks';
import { insertRows } from '../../electron/sync/write-path';
import type { CapacityOverview } from '../../shared/api';
import { createI18n } from '../../shared/i18n';
import dayjs from 'dayjs';
import { nextPeriod, periodRange } from '../../shared/report-model';
import { todayIso } from '../../shared/roster-rules';
import { docxPart, docxPartAsWritten } from '../helpers/docx';
import { tempDir } from '../helpers/temp-dir';

const artifacts = path.resolve('test-results', 'reports');
const kinds = ['monthly', 'central', 'roster', 'capacity'] as const;
const languages = ['en', 'lo'] as const;

let b: Backend;
let work: string;
let today: string;
let period: string;
let scope: string;
let provinceId: string;
const files = new Map<string, { docx: string; xml: string; written: string; styles: string; text: string; pages: number; fonts: string; sha256: string }>();

function lastMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

beforeAll(async () => {
  work = tempDir('lwu-reports');
  b = await startBackend({ dataDir: work, transport: 'cli' });
  today = new Date().toISOString().slice(0, 10);
  await loadDemo(b.ctx.db, today);
  period = lastMonth(today);
  const { from, to } = periodRange(period);
  // The province with the most sessions held last month: the monthly report then has rows to check.
  const busiest = await b.ctx.db('session as s').join('province as p', 'p.id', 's.province_id').where('s.status', 'held').whereNull('s.deleted_at').whereBetween('s.start_date', [from, to]).groupBy('p.id', 'p.code').orderByRaw('count(*) desc').first('p.id', 'p.code');
  expect(busiest, 'the demo calendar should hold sessions last month').toBeTruthy();
  scope = busiest.code;
  provinceId = busiest.id;
  for (const kind of kinds) {
    for (const language of languages) {
      const r = await b.dispatch('reports.generate', { kind, period, scope: kind === 'central' ? 'all' : scope, language, createdBy: 'Test coordinator' });
      if (!r.ok) throw new Error(`reports.generate ${kind}/${language} failed: ${JSON.stringify(r.error)}`);
      const out = r.data as { fileName: string; base64: string; sha256: string };
      const docx = path.join(work, `${kind}-${language}.docx`);
      fs.writeFileSync(docx, Buffer.from(out.base64, 'base64'));
      const bytes = fs.readFileSync(docx);
      const [xml, written, styles] = await Promise.all([docxPart(bytes), docxPartAsWritten(bytes), docxPart(bytes, 'word/styles.xml')]);
      files.set(`${kind}-${language}`, { docx, xml, written, styles, text: '', pages: 0, fonts: '', sha256: out.sha256 });
    }
  }
  const docs = [...files.values()].map((f) => f.docx);
  await tool('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docs], { timeoutMs: 240_000 });
  fs.mkdirSync(artifacts, { recursive: true });
  for (const [name, f] of files) {
    const pdf = f.docx.replace(/\.docx$/, '.pdf');
    expect(fs.existsSync(pdf), `LibreOffice should have converted ${name}.docx to PDF`).toBe(true);
    f.text = (await tool('pdftotext', ['-layout', pdf, '-'])).toString('utf8');
    f.pages = Number(/Pages:\s+(\d+)/.exec((await tool('pdfinfo', [pdf])).toString('utf8'))![1]);
    f.fonts = (await tool('pdffonts', [pdf])).toString('utf8');
    await tool('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, path.join(artifacts, name)]);
    fs.copyFileSync(f.docx, path.join(artifacts, `${name}.docx`));
  }
}, 360_000);
afterAll(() => b?.close());

/** Active trainers of the province's teams on the last day of the period, counted independently of the report code. */
async function activeTrainers(day: string, province: string | null): Promise<{ people: number; women: number; teams: number; under: number }> {
  const db = b.ctx.db;
  const teams: Array<{ id: string; target_size: number }> = await db('team').whereNull('deleted_at').modify((q) => (province ? q.where('province_id', province) : q)).select('id', 'target_size');
  const members = await db('team_member as m')
    .join('person as p', 'p.id', 'm.person_id')
    .whereIn('m.team_id', teams.map((t) => t.id))
    .whereNull('m.deleted_at')
    .whereNull('p.deleted_at')
    .where('p.status', 'active')
    .where('m.from_date', '<=', day)
    .where((w) => w.whereNull('m.to_date').orWhere('m.to_date', '>=', day))
    .select('m.team_id', 'm.person_id', 'p.sex');
  const people = new Map(members.map((m) => [m.person_id, m.sex]));
  const size = (id: string) => new Set(members.filter((m) => m.team_id === id).map((m) => m.person_id)).size;
  return { people: people.size, women: [...people.values()].filter((s) => s === 'f').length, teams: teams.length, under: teams.filter((t) => size(t.id) < t.target_size).length };
}

async function heldSessions(province: string | null): Promise<{ sessions: number; participants: number }> {
  const { from, to } = periodRange(period);
  const q = () => b.ctx.db('session as s').whereNull('s.deleted_at').where('s.status', 'held').whereBetween('s.start_date', [from, to]).modify((x) => (province ? x.where('s.province_id', province) : x));
  const [{ n }] = await q().count({ n: '*' });
  const [{ total }] = await q().join('session_participants as sp', 'sp.session_id', 's.id').whereNull('sp.deleted_at').select(b.ctx.db.raw('coalesce(sum(sp.female + sp.male), 0) as total'));
  return { sessions: Number(n), participants: Number(total) };
}

const laoMonths = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'];

type Block = { type: string; text?: string; level?: number; columns?: string[]; rows?: string[][]; items?: Array<{ label: string; value: string }> };

async function preview(request: { kind: string; period: string; scope: string; language: string }): Promise<Block[]> {
  const r = await b.dispatch('reports.preview', request);
  if (!r.ok) throw new Error(`reports.preview failed: ${JSON.stringify(r.error)}`);
  return (r.data as { blocks: Block[] }).blocks;
}

/** The table right after a level-1 heading. */
function tableAfter(blocks: Block[], heading: string): Block {
  const at = blocks.findIndex((x) => x.type === 'heading' && x.text === heading);
  expect(at, `the report should have the heading "${heading}"`).toBeGreaterThanOrEqual(0);
  return blocks[at + 1]!;
}

/** A member of the province's teams since the day, moved to the central office today (the test undoes it). */
async function moveToCentralToday(day: string) {
  const member = await b.ctx
    .db('team_member as m')
    .join('team as t', 't.id', 'm.team_id')
    .join('person as p', 'p.id', 'm.person_id')
    .whereNull('m.deleted_at')
    .whereNull('m.to_date')
    .where('p.status', 'active')
    .where('t.province_id', provinceId)
    .where('m.from_date', '<=', day)
    .first('m.person_id', 'p.name_en');
  const moved = await b.dispatch('transfers.record', { personId: member.person_id, date: today, toOfficeLevel: 'central', keepsTrainingRole: false });
  expect(moved.ok).toBe(true);
  return { member, moved };
}

const figure = (blocks: Block[], label: string) => Number(blocks.find((x) => x.type === 'figures')!.items!.find((i) => i.label === label)!.value.replace(/,/g, ''));

const reportDay = () => {
  const to = periodRange(period).to;
  return to < today ? to : today;
};
const line = (text: string, label: string, value: number) =>
  expect(text, `the PDF should show "${label}" with the value ${value}`).toMatch(new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${value.toLocaleString('en-US')}(\\s|$)`, 'm'));

describe('Word reports from the demo data', () => {
  it('are A4 with the Lao font on complex-script runs, repeated header rows, page numbers and an embedded font', async () => {
    for (const [name, f] of files) {
      expect(f.xml, `${name}: A4 page size`).toContain('w:w="11906" w:h="16838"');
      // Set once as the document's default run font, which every run inherits, and overridden by none.
      expect(f.styles, `${name}: Lao font in the default complex-script slot`).toMatch(/<w:docDefaults>.*w:cs="Noto Sans Lao"/s);
      expect(f.xml.match(/w:cs="(?!Noto Sans Lao")[^"]*"/g) ?? [], `${name}: no run names another complex-script font`).toEqual([]);
      if (name.endsWith('-lo')) expect(f.fonts, `${name}: LibreOffice set the Lao text in the Lao font`).toMatch(/NotoSansLao-Regular/);
      expect(f.xml, `${name}: table header rows repeat on each page`).toContain('<w:tblHeader/>');
      const zip = await JSZip.loadAsync(fs.readFileSync(f.docx));
      expect(Object.keys(zip.files).some((n) => n.startsWith('word/fonts/')), `${name}: the Lao font is embedded`).toBe(true);
      const footers = await Promise.all(Object.keys(zip.files).filter((n) => /word\/footer\d*\.xml/.test(n)).map((n) => zip.file(n)!.async('string')));
      expect(footers.join(''), `${name}: a page-number field in the footer`).toMatch(/PAGE/);
      expect(f.pages, `${name}: cover page plus content`).toBeGreaterThan(1);
    }
  });

  it('mark where Lao text may break, between its words, so that LibreOffice and Word do not break inside one', () => {
    const heading = createI18n('lo').t('reports.doc.rosterByTeam');
    expect(withLaoWordBreaks(heading), 'the heading is more than one word').not.toBe(heading);
    expect(files.get('roster-lo')!.written).toContain(withLaoWordBreaks(heading));
    for (const [name, f] of files) {
      expect(f.written.match(/[^\u0E80-\u0EFF]\u200B|\u200B[^\u0E80-\u0EFF]/g) ?? [], `${name}: a break mark only between two Lao letters`).toEqual([]);
    }
  });

  it('roster report: trainers by team, with the figures a query computes', async () => {
    const fig = await activeTrainers(reportDay(), provinceId);
    const en = files.get('roster-en')!;
    expect(en.text).toContain('Trainer roster report');
    expect(en.text).toContain('Trainers by team');
    line(en.text, 'Active trainers in teams', fig.people);
    line(en.text, 'Women among active trainers', fig.women);
    line(en.text, 'Teams', fig.teams);
    const lo = files.get('roster-lo')!;
    const t = createI18n('lo').t;
    expect(lo.xml).toContain(t('reports.kinds.roster'));
    expect(lo.xml).toContain(t('reports.doc.rosterByTeam'));
    expect(lo.xml).toContain(t('reports.doc.figActiveTrainers'));
    line(lo.text, '', fig.people); // the figure itself renders whatever the Lao label's shaping
  });

  it('capacity report: teams below target and the suggestions', async () => {
    const fig = await activeTrainers(reportDay(), provinceId);
    const en = files.get('capacity-en')!;
    expect(en.text).toContain('Team capacity report');
    expect(en.text).toContain('Gaps and suggestions');
    // The day its roster figures count on, which the Capacity page (counting on today) may differ from.
    expect(en.text.replace(/\s+/g, ' ')).toContain(`Trainers, teams and qualifications as they stood on ${dayjs(reportDay()).format('D MMM YYYY')}.`);
    line(en.text, 'Teams below target size', fig.under);
    expect(en.xml, 'the capacity chart is embedded as an image').toContain('<pic:pic');
    const lo = files.get('capacity-lo')!;
    expect(lo.xml).toContain(createI18n('lo').t('reports.doc.gaps'));
  });

  it('capacity report and Capacity page: the same module gaps, team by team, and a headline that counts the teams listed', async () => {
    // Before the tests below change the demo's teams: both read the demo data as loaded, on the same day.
    const r = await b.dispatch('capacity.overview', {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const page = (r.data as CapacityOverview).moduleGaps;
    const modules = page.flatMap((g) => g.modules);
    expect(modules.some((m) => m.coverage === 'gap') && modules.some((m) => m.coverage === 'atRisk'), 'the demo shows a module nobody in a team can train, and one only one can').toBe(true);
    expect(new Set(page.map((g) => g.teamId)).size, 'the page lists each team once').toBe(page.length);

    const blocks = await preview({ kind: 'capacity', period: todayIso().slice(0, 7), scope: 'all', language: 'en' });
    const t = createI18n('en').t;
    expect(figure(blocks, t('reports.doc.figTeamsModuleGaps')), "the report's key figure is the page's headline: the number of teams it lists").toBe(page.length);
    for (const lang of languages) {
      const { t: tr } = createI18n(lang);
      expect(tr('reports.doc.figTeamsModuleGaps'), `${lang}: the report's figure and the page's headline have the same words`).toBe(tr('capacity.modules'));
    }

    // The capacity table: per team, the modules too few members can train, as many as the page lists under it;
    // the teams with any are those the key figure counts.
    const table = blocks.find((x) => x.type === 'table' && x.columns?.includes(t('reports.doc.colShortModules')))!;
    const short = table.columns!.indexOf(t('reports.doc.colShortModules'));
    const fromReport = table.rows!.filter((row) => row[short] !== '0').map((row) => `${row[0]}: ${row[short]}`);
    expect(fromReport.sort(), 'the teams and counts in the report table are those of the page').toEqual(page.map((g) => `${g.nameEn}: ${g.modules.length}`).sort());

    // The suggestions name the same modules, and the one member who alone can train each.
    const moduleName = new Map((await b.ctx.db('module').select('id', 'name_en')).map((m) => [m.id, m.name_en as string]));
    const expected = page.flatMap((g) => {
      const gaps = g.modules.filter((m) => m.coverage === 'gap').map((m) => moduleName.get(m.moduleId));
      const single = g.modules.filter((m) => m.coverage === 'atRisk').map((m) => `${moduleName.get(m.moduleId)} (${m.trainers[0]!.nameEn})`);
      return [
        ...(gaps.length ? [`• ${t('reports.doc.suggestModules', { team: g.nameEn, modules: gaps.join(', ') })}`] : []),
        ...(single.length ? [`• ${t('reports.doc.suggestOneTrainer', { team: g.nameEn, modules: single.join(', ') })}`] : []),
      ];
    });
    const said = blocks.map((x) => x.text ?? '').filter((text) => /: (no member can train|only one member can train) /.test(text));
    expect(said.sort(), 'the report suggests closing exactly the gaps the page lists').toEqual(expected.sort());
  });

  it('monthly provincial report: sessions held and participants of the province', async () => {
    const held = await heldSessions(provinceId);
    expect(held.sessions, 'the test needs sessions to check').toBeGreaterThan(0);
    const en = files.get('monthly-en')!;
    for (const h of ['Monthly provincial report', 'Key figures', 'Sessions held', 'Participants by sex and by organisation', 'Villages reached', 'Transfers and the gaps they opened', 'Planned sessions next month', 'Achievements', 'Challenges', 'Lessons learned']) {
      expect(en.text, `the English monthly report should have the heading "${h}"`).toContain(h);
    }
    // The month by its name, as a reader says it, from Intl rather than the report's own code.
    const named = new Date(`${period}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(en.text).toContain(`Period: ${named}`);
    line(en.text, 'Sessions held', held.sessions);
    line(en.text, 'Participants', held.participants);
    const lo = files.get('monthly-lo')!;
    const t = createI18n('lo').t;
    for (const k of ['sessionsHeld', 'participants', 'villagesReached', 'transfers', 'nextMonth', 'achievements', 'challenges', 'lessons']) expect(lo.xml).toContain(t(`reports.doc.${k}`));
    const [year, month] = period.split('-').map(Number) as [number, number];
    expect(lo.xml, 'the Lao report names the month in Lao').toContain(`ໄລຍະ: ${laoMonths[month - 1]} ${year}`);
  });

  it('central consolidated report: the whole country with a comparison by province', async () => {
    const held = await heldSessions(null);
    const fig = await activeTrainers(reportDay(), null);
    const en = files.get('central-en')!;
    expect(en.text).toContain('Central consolidated report');
    expect(en.text).toContain('Comparison by province');
    expect(en.text).toContain('All provinces');
    line(en.text, 'Sessions held', held.sessions);
    line(en.text, 'Participants', held.participants);
    line(en.text, 'Active trainers in teams', fig.people);
    expect(files.get('central-lo')!.xml).toContain(createI18n('lo').t('reports.doc.byProvince'));
    expect(files.get('central-lo')!.xml, 'a figure sits level with its label, which wraps more often').toContain('<w:vAlign w:val="center"/>');
  });

  it('keeps each file in the history with its hash, period and who made it', async () => {
    const r = await b.dispatch('reports.history', {});
    expect(r.ok).toBe(true);
    const rows = (r as { data: Array<{ sha256: string; period: string; createdBy: string }> }).data;
    expect(rows).toHaveLength(8);
    expect(rows.map((x) => x.sha256).sort()).toEqual([...files.values()].map((f) => f.sha256).sort());
    expect(rows.every((x) => x.period === period && x.createdBy === 'Test coordinator')).toBe(true);
    // And in each file: on the cover, in its language, and as its author.
    expect(files.get('monthly-en')!.text).toContain('Prepared by Test coordinator');
    expect(files.get('monthly-lo')!.xml).toContain('ກະກຽມໂດຍ Test coordinator');
    const core = await (await JSZip.loadAsync(fs.readFileSync(files.get('roster-en')!.docx))).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>Test coordinator</dc:creator>');
  });

  it('refuses a monthly report for all provinces, and an unknown province', async () => {
    const all = await b.dispatch('reports.preview', { kind: 'monthly', period, scope: 'all', language: 'en' });
    expect(all.ok ? null : all.error.code).toBe('reports.scopeNeedsProvince');
    const unknown = await b.dispatch('reports.preview', { kind: 'roster', period, scope: 'LA-ZZ', language: 'en' });
    expect(unknown.ok ? null : unknown.error.code).toBe('reports.unknownProvince');
  });

  it('puts the narrative typed in the app into the monthly report', async () => {
    const request = { kind: 'monthly', period, scope, language: 'lo' };
    const achievements = 'ຈັດກອງປະຊຸມຢູ່ບ້ານໃໝ່ 3 ບ້ານ.';
    const saved = await b.dispatch('reports.saveNarrative', { request, narrative: { achievements, challenges: 'ຝົນຕົກໜັກ.', lessons: '' } });
    expect(saved.ok).toBe(true);
    const doc = await b.dispatch('reports.preview', request);
    expect(doc.ok).toBe(true);
    const blocks = (doc as { data: { blocks: Array<{ type: string; text?: string }> } }).data.blocks;
    expect(blocks.some((x) => x.type === 'paragraph' && x.text === achievements), 'the achievements typed should be a paragraph of the report').toBe(true);
    // A blank line starts a paragraph; a single line break stays a line break inside one, in the .docx too.
    const lessons = 'ບົດຮຽນທີໜຶ່ງ\r\nແຖວທີສອງ\n\nບົດຮຽນທີສອງ';
    expect((await b.dispatch('reports.saveNarrative', { request, narrative: { achievements, challenges: '', lessons } })).ok).toBe(true);
    const again = (await preview(request)).filter((x) => x.type === 'paragraph').map((x) => x.text);
    expect(again).toContain('ບົດຮຽນທີໜຶ່ງ\nແຖວທີສອງ');
    expect(again).toContain('ບົດຮຽນທີສອງ');
    const made = await b.dispatch('reports.generate', { ...request, createdBy: 'Test coordinator' });
    const xml = await docxPart(Buffer.from((made as { data: { base64: string } }).data.base64, 'base64'));
    expect(xml, 'the line break is a break inside the paragraph').toMatch(/ບົດຮຽນທີໜຶ່ງ<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>ແຖວທີສອງ/);
    // The blank line between the two paragraphs shows as a gap of a line after the first.
    expect(xml).toMatch(/<w:p><w:pPr><w:spacing w:after="200"\/><\/w:pPr>(?:(?!<\/w:p>).)*ບົດຮຽນທີໜຶ່ງ/);
  });

  it("lists next month's calendar whatever has been held of it since, and counts villages as the dashboard does", async () => {
    const db = b.ctx.db;
    const next = periodRange(nextPeriod(period));
    const upcoming = () => db('session').whereNull('deleted_at').where('province_id', provinceId).whereBetween('start_date', [next.from, next.to]).whereNotIn('status', ['postponed', 'cancelled']);
    const first = await upcoming().clone().orderBy('start_date').first('id');
    expect(first, 'the demo calendar plans sessions next month').toBeTruthy();
    // Held early, before the report is written: it must stay in the report's list of next month's sessions.
    const someone = [{ organisationId: (await db('organisation').first('id')).id, female: 6, male: 2 }];
    expect((await b.dispatch('calendar.recordHeld', { id: first.id, held: { participants: someone } })).ok).toBe(true);
    // A village session recorded with no village reached: the dashboard does not count its village, nor may the report.
    const { from, to } = periodRange(period);
    const villageSession = await db('session').whereNull('deleted_at').where({ province_id: provinceId, status: 'held' }).whereNotNull('village_id').whereBetween('start_date', [from, to]).first('id');
    expect(villageSession, 'the demo holds a village session last month').toBeTruthy();
    expect((await b.dispatch('calendar.recordHeld', { id: villageSession.id, held: { participants: [{ organisationId: (await db('organisation').first('id')).id, female: 3, male: 2 }], villageIds: [] } })).ok).toBe(true);

    const blocks = await preview({ kind: 'monthly', period, scope, language: 'en' });
    const planned = tableAfter(blocks, 'Planned sessions next month');
    expect(planned.rows, 'every session of next month not postponed or cancelled, held ones too').toHaveLength(Number((await upcoming().clone().count({ n: '*' }))[0]!.n));
    const dashboard = await b.dispatch('dashboard.summary', { from, to, provinceId });
    expect(dashboard.ok).toBe(true);
    expect(figure(blocks, 'Villages reached'), 'the report and the dashboard count the same villages').toBe((dashboard as { data: { totals: { villages: number } } }).data.totals.villages);
  });

  it('adds up, in the consolidated report, to its key figures: a central office row, and a trainer in two teams counted once', async () => {
    const db = b.ctx.db;
    const day = reportDay();
    // A district trainer also in her province's provincial team (a team takes only its own province's people).
    const member = await db('team_member as m')
      .join('team as t', 't.id', 'm.team_id')
      .join('person as p', 'p.id', 'm.person_id')
      .whereNull('m.deleted_at')
      .whereNull('m.to_date')
      .where('p.status', 'active')
      .where('t.level', 'district')
      .whereExists((q) => q.from('team as pt').whereRaw('pt.province_id = p.province_id').where('pt.level', 'provincial').whereNull('pt.deleted_at'))
      .first('m.person_id', 'm.team_id', 'p.province_id');
    const other = await db('team').whereNull('deleted_at').where({ level: 'provincial', province_id: member.province_id }).first('id');
    expect((await b.dispatch('teams.addMember', { teamId: other.id, personId: member.person_id, role: 'member', fromDate: periodRange(period).from })).ok).toBe(true);

    const blocks = await preview({ kind: 'central', period, scope: 'all', language: 'en' });
    const fig = await activeTrainers(day, null);
    expect(figure(blocks, 'Active trainers in teams')).toBe(fig.people);
    const comparison = tableAfter(blocks, 'Comparison by province');
    expect(comparison.rows!.at(-1)![0]).toBe('Central office');
    const column = (rows: string[][], i: number) => rows.reduce((s, r) => s + Number(r[i]!.replace(/,/g, '')), 0);
    expect(column(comparison.rows!, 4), 'the Trainers column adds up to the active trainers').toBe(fig.people);
    expect(column(comparison.rows!, 1), 'the Sessions column adds up to the sessions held').toBe((await heldSessions(null)).sessions);
    const capacity = tableAfter(blocks, 'Trainer roster and team capacity');
    expect(capacity.rows!.at(-1)![0], "the central office's teams have their row").toBe('Central office');
    expect(column(capacity.rows!, 1), 'the Teams column adds up to every team').toBe(fig.teams);

    // Only places with something to show have a row; the others are named once, after the table.
    const provinces = Number((await db('province').whereNull('deleted_at').count({ n: '*' }))[0]!.n);
    for (const [table, line] of [
      [comparison, 'No session held and no trainer in a team in: '],
      [capacity, 'No teams recorded in: '],
    ] as const) {
      expect(table.rows!.every((r) => r.slice(1).some((v) => v !== '0')), 'no row of zeros').toBe(true);
      const after = blocks[blocks.indexOf(table) + 1]!;
      expect(after.text?.startsWith(line), line).toBe(true);
      const named = after.text!.slice(line.length, -1).split(', ');
      expect(named.length + table.rows!.length, 'every province and the central office, in a row or in the line').toBe(provinces + 1);
    }
  });

  it('starts a table cell with a capital, where a level word is lower case in a sentence', async () => {
    const blocks = await preview({ kind: 'capacity', period, scope: 'all', language: 'en' });
    const table = blocks.find((x) => x.type === 'table' && x.columns?.includes('Level'))!;
    const levels = new Set(table.rows!.map((r) => r[table.columns!.indexOf('Level')]));
    expect([...levels].sort()).toEqual(expect.arrayContaining(['District', 'Provincial']));
    expect([...levels].every((l) => ['Central', 'Provincial', 'District'].includes(l!))).toBe(true);
  });

  it('says a province has no teams rather than that every team is at target', async () => {
    const empty = await b.ctx.db('province as p').whereNotExists(b.ctx.db('team as t').whereRaw('t.province_id = p.id').whereNull('t.deleted_at')).first('p.code');
    const blocks = await preview({ kind: 'monthly', period, scope: empty.code, language: 'en' });
    const texts = blocks.map((x) => x.text);
    expect(texts).toContain('No teams are recorded here yet.');
    expect(texts).not.toContain(createI18n('en').t('reports.doc.noGaps'));
  });

  it('counts an overdue refresher once per trainer and module, not when renewed, apart from current qualifications, and a past month as it stood', async () => {
    const db = b.ctx.db;
    const day = reportDay();
    // The active members of the province's teams on a day, as a subquery of their ids.
    const membersOn = (asOf: string) =>
      db('team_member as m')
        .join('team as t', 't.id', 'm.team_id')
        .join('person as p', 'p.id', 'm.person_id')
        .whereNull('m.deleted_at')
        .whereNull('t.deleted_at')
        .whereNull('p.deleted_at')
        .where('p.status', 'active')
        .where('t.province_id', provinceId)
        .where('m.from_date', '<=', asOf)
        .where((w) => w.whereNull('m.to_date').orWhere('m.to_date', '>=', asOf))
        .select('m.person_id');
    const modules = (await db('module').whereNull('deleted_at').orderBy('sort_order').select('id')).map((m) => m.id as string);
    // A member and two modules she holds no qualification in, so that only the records below decide them.
    const holds = await db('qualification').whereNull('deleted_at').whereIn('person_id', membersOn(day)).select('person_id', 'module_id');
    const someone = [...new Set((await membersOn(day)).map((m) => m.person_id as string))].find((p) => new Set(holds.filter((h) => h.person_id === p).map((h) => h.module_id)).size <= modules.length - 2)!;
    const [lapsedTwice, renewed] = modules.filter((m) => !holds.some((h) => h.person_id === someone && h.module_id === m));
    // Two lapsed records of one module: one overdue refresher. A lapsed record and its renewal: none.
    await insertRows(db, 'qualification', [
      { person_id: someone, module_id: lapsedTwice, earned_on: '2019-01-10', refresher_due: '2021-01-10', source: 'manual' },
      { person_id: someone, module_id: lapsedTwice, earned_on: '2020-01-10', refresher_due: '2022-01-10', source: 'manual' },
      { person_id: someone, module_id: renewed, earned_on: '2019-01-10', refresher_due: '2021-01-10', source: 'manual' },
      { person_id: someone, module_id: renewed, earned_on: '2024-01-10', refresher_due: '2099-01-10', source: 'manual' },
    ]);
    // Independently: a trainer's module is overdue when every qualification she holds in it is past its date,
    // and current when one is not: she can train it, as the Capacity view counts her.
    const pairs = (asOf: string, which: 'overdue' | 'current') =>
      db('qualification')
        .whereNull('deleted_at')
        .where('earned_on', '<=', asOf)
        .whereIn('person_id', membersOn(asOf))
        .groupBy('person_id', 'module_id')
        .modify((q) =>
          which === 'overdue'
            ? q.havingRaw('sum(refresher_due is null) = 0 and max(refresher_due) < ?', [asOf])
            : q.havingRaw('sum(refresher_due is null or refresher_due >= ?) > 0', [asOf]),
        )
        .select('person_id');
    const overdue = (await pairs(day, 'overdue')).length;
    const held = (await pairs(day, 'current')).length;
    const blocks = await preview({ kind: 'roster', period, scope, language: 'en' });
    expect(figure(blocks, 'Refreshers overdue')).toBe(overdue);
    expect(figure(blocks, 'Current qualifications (one person in one module)')).toBe(held);
    // Her row names the lapsed module apart, and the renewed one among those she can train.
    const her = await db('person').where({ id: someone }).first();
    const rows = blocks.filter((x) => x.type === 'table').flatMap((x) => x.rows ?? []);
    const cell = rows.find((r) => r[0] === her.name_en)?.[3] ?? '';
    const code = (id: string) => `M${modules.indexOf(id) + 1}`;
    expect(cell).toContain(`refresher overdue: ${code(lapsedTwice)}`);
    expect(cell.split(';')[0].split(', ')).toContain(code(renewed));
    expect(cell.split(';')[0].split(', ')).not.toContain(code(lapsedTwice));
    // Two years back: nothing earned since is counted.
    const [y, m] = period.split('-').map(Number) as [number, number];
    const past = `${y - 2}-${String(m).padStart(2, '0')}`;
    const pastDay = periodRange(past).to;
    const pastBlocks = await preview({ kind: 'roster', period: past, scope, language: 'en' });
    const pastHeld = (await pairs(pastDay, 'current')).length;
    expect(figure(pastBlocks, 'Current qualifications (one person in one module)')).toBe(pastHeld);
  });
  it("still counts, in last month's report, a trainer transferred away since", async () => {
    const db = b.ctx.db;
    const day = reportDay();
    const before = await preview({ kind: 'roster', period, scope, language: 'en' });
    const comparison = async () => tableAfter(await preview({ kind: 'central', period, scope: 'all', language: 'en' }), 'Comparison by province').rows;
    const byProvince = await comparison();
    const { member, moved } = await moveToCentralToday(day);
    expect((await db('person').where({ id: member.person_id }).first()).status, 'moved today').toBe('transferred');
    try {
      const after = await preview({ kind: 'roster', period, scope, language: 'en' });
      expect(figure(after, 'Active trainers in teams'), 'she trained there all last month').toBe(figure(before, 'Active trainers in teams'));
      expect(await comparison(), 'and the central report counts her in the province she was in then').toEqual(byProvince);
      const now = await preview({ kind: 'roster', period: today.slice(0, 7), scope, language: 'en' });
      expect(figure(now, 'Active trainers in teams'), 'and not this month, from the day she moved').toBe(figure(before, 'Active trainers in teams') - 1);
    } finally {
      await b.dispatch('transfers.undo', { id: (moved as { data: { id: string } }).data.id });
    }
  });
  it('names the districts of a transfer, so that a move within one province reads as one', async () => {
    const db = b.ctx.db;
    const moved = await db('transfer as t')
      .join('district as d', 'd.id', 't.from_district_id')
      .join('province as p', 'p.id', 't.from_province_id')
      .whereNull('t.deleted_at')
      .first('t.transfer_date', 'd.name_en as district', 'p.code as province', 'p.name_en as provinceName');
    expect(moved, 'the demo transfers a district trainer').toBeTruthy();
    const blocks = await preview({ kind: 'monthly', period: moved.transfer_date.slice(0, 7), scope: moved.province, language: 'en' });
    const rows = tableAfter(blocks, 'Transfers and the gaps they opened').rows!;
    expect(rows.some((r) => r.some((cell) => cell.startsWith(`${moved.provinceName}, ${moved.district} → `))), JSON.stringify(rows)).toBe(true);
  });
  it('names the organisations of a transfer that keeps the place, which would otherwise read as going nowhere', async () => {
    const db = b.ctx.db;
    const person = await db('person as p')
      .join('organisation as o', 'o.id', 'p.organisation_id')
      .whereNull('p.deleted_at')
      .where({ 'p.status': 'active', 'p.province_id': provinceId, 'p.office_level': 'district' })
      .first('p.id', 'p.name_en', 'p.province_id', 'p.district_id', 'p.organisation_id', 'o.name_en as organisation');
    const other = await db('organisation').whereNot('id', person.organisation_id).first('id', 'name_en');
    const input = { personId: person.id, date: today, toOfficeLevel: 'district', toProvinceId: person.province_id, toDistrictId: person.district_id, toOrganisationId: other.id, keepsTrainingRole: true };
    const moved = await b.dispatch('transfers.record', input);
    if (!moved.ok) throw new Error(JSON.stringify(moved.error));
    try {
      const blocks = await preview({ kind: 'monthly', period: today.slice(0, 7), scope, language: 'en' });
      const row = tableAfter(blocks, 'Transfers and the gaps they opened').rows!.find((r) => r[1] === person.name_en)!;
      expect(row[2]).toContain(` · ${person.organisation} → `);
      expect(row[2]!.endsWith(` · ${other.name_en}`), row[2]).toBe(true);
    } finally {
      await b.dispatch('transfers.undo', { id: (moved.data as { id: string }).id });
    }
  });

  it("lists, after next month's sessions, the transfers already recorded for it", async () => {
    // The report is last month's: this month is its next.
    const { member, moved } = await moveToCentralToday(reportDay());
    try {
      const blocks = await preview({ kind: 'monthly', period, scope, language: 'en' });
      const rows = tableAfter(blocks, 'Transfers already recorded for next month').rows!;
      expect(rows.some((r) => r[1] === member.name_en), JSON.stringify(rows)).toBe(true);
    } finally {
      await b.dispatch('transfers.undo', { id: (moved as { data: { id: string } }).data.id });
    }
  });
});
