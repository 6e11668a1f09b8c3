/**
 * Every report kind in both languages, from the demo data: generated through the dispatcher, converted to PDF
 * by LibreOffice (one soffice run for all eight files), and checked against figures computed here by SQL.
 * Lao strings are asserted in word/document.xml: pdftotext may reorder Lao combining marks (DESIGN.md 4).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../../electron/backend';
import { loadDemo } from '../../electron/roster/demo';
import { createI18n } from '../../shared/i18n';
import { periodRange } from '../../shared/report-model';
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
const files = new Map<string, { docx: string; xml: string; styles: string; text: string; pages: number; fonts: string; sha256: string }>();

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
      const zip = await JSZip.loadAsync(fs.readFileSync(docx));
      const [xml, styles] = await Promise.all(['word/document.xml', 'word/styles.xml'].map((n) => zip.file(n)!.async('string')));
      files.set(`${kind}-${language}`, { docx, xml, styles, text: '', pages: 0, fonts: '', sha256: out.sha256 });
    }
  }
  const docs = [...files.values()].map((f) => f.docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docs], { stdio: 'pipe', timeout: 240_000 });
  fs.mkdirSync(artifacts, { recursive: true });
  for (const [name, f] of files) {
    const pdf = f.docx.replace(/\.docx$/, '.pdf');
    expect(fs.existsSync(pdf), `LibreOffice should have converted ${name}.docx to PDF`).toBe(true);
    f.text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    f.pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    f.fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, path.join(artifacts, name)]);
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

  it('roster report: trainers by team, with the figures a query computes', async () => {
    const fig = await activeTrainers(reportDay(), provinceId);
    const en = files.get('roster-en')!;
    expect(en.text).toContain('Trainer roster report');
    expect(en.text).toContain('Trainers by team');
    line(en.text, 'Active trainers', fig.people);
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
    line(en.text, 'Teams below target size', fig.under);
    expect(en.xml, 'the capacity chart is embedded as an image').toContain('<pic:pic');
    const lo = files.get('capacity-lo')!;
    expect(lo.xml).toContain(createI18n('lo').t('reports.doc.gaps'));
  });

  it('monthly provincial report: sessions held and participants of the province', async () => {
    const held = await heldSessions(provinceId);
    expect(held.sessions, 'the test needs sessions to check').toBeGreaterThan(0);
    const en = files.get('monthly-en')!;
    for (const h of ['Monthly provincial report', 'Key figures', 'Sessions held', 'Participants by sex and by organisation', 'Villages reached', 'Transfers and the gaps they opened', 'Planned sessions next month', 'Achievements', 'Challenges', 'Lessons learned']) {
      expect(en.text, `the English monthly report should have the heading "${h}"`).toContain(h);
    }
    expect(en.text).toContain(`Period: ${period}`);
    line(en.text, 'Sessions held', held.sessions);
    line(en.text, 'Participants', held.participants);
    const lo = files.get('monthly-lo')!;
    const t = createI18n('lo').t;
    for (const k of ['sessionsHeld', 'participants', 'villagesReached', 'transfers', 'nextMonth', 'achievements', 'challenges', 'lessons']) expect(lo.xml).toContain(t(`reports.doc.${k}`));
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
    line(en.text, 'Active trainers', fig.people);
    expect(files.get('central-lo')!.xml).toContain(createI18n('lo').t('reports.doc.byProvince'));
  });

  it('keeps each file in the history with its hash, period and who made it', async () => {
    const r = await b.dispatch('reports.history', {});
    expect(r.ok).toBe(true);
    const rows = (r as { data: Array<{ sha256: string; period: string; createdBy: string }> }).data;
    expect(rows).toHaveLength(8);
    expect(rows.map((x) => x.sha256).sort()).toEqual([...files.values()].map((f) => f.sha256).sort());
    expect(rows.every((x) => x.period === period && x.createdBy === 'Test coordinator')).toBe(true);
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
  });
});
