import dayjs from 'dayjs';
import 'dayjs/locale/lo';
import type { TFunction } from 'i18next';
import { createI18n } from '../../shared/i18n';
import type { ReportDoc, ReportKind } from '../../shared/report-model';
import type { Db } from '../db/connection';
import { type ScopeInfo, resolveScope } from './scope';

/** What every report builder needs: translated texts in the report's language and the scope's names. */
export interface BuildContext {
  db: Db;
  kind: ReportKind;
  lang: 'lo' | 'en';
  t: TFunction;
  period: string;
  /** the period as a reader names it: "ຕຸລາ 2026", "October 2026" */
  periodLabel: string;
  scope: ScopeInfo;
  today: string;
  provinces: Map<string, { code: string; nameLo: string; nameEn: string }>;
  /** The name in the report's language: Lao always exists, English may be blank. */
  name(o: { nameLo: string; nameEn: string }): string;
  number(n: number): string;
  /** a day as the reader writes it: "4 ຕຸລາ 2026", "4 Oct 2026" */
  date(iso: string): string;
  /** The province rows of a consolidated table, and last the central office's own (teams and sessions of no province). */
  places(): Array<[string | null, { nameLo: string; nameEn: string }]>;
}

export async function buildContext(db: Db, req: { kind: ReportKind; period: string; scope: string; language: 'lo' | 'en' }, today: string): Promise<BuildContext> {
  const i18n = createI18n(req.language);
  const provinces = new Map<string, { code: string; nameLo: string; nameEn: string }>();
  for (const p of await db('province').whereNull('deleted_at').orderBy('sort_order').select('id', 'code', 'name_lo', 'name_en')) provinces.set(p.id, { code: p.code, nameLo: p.name_lo, nameEn: p.name_en });
  const lang = req.language;
  const t = i18n.t.bind(i18n);
  const day = (iso: string, format: string) => dayjs(iso).locale(lang === 'lo' ? 'lo' : 'en-gb').format(format);
  return {
    db,
    kind: req.kind,
    lang,
    t,
    period: req.period,
    periodLabel: day(`${req.period}-01`, 'MMMM YYYY'),
    scope: await resolveScope(db, req.scope),
    today,
    provinces,
    name: (o) => (lang === 'lo' ? o.nameLo : o.nameEn || o.nameLo),
    number: (n) => n.toLocaleString('en-US'),
    date: (iso) => day(iso, 'D MMM YYYY'),
    places: () => [...provinces, [null, { nameLo: t('reports.doc.centralOffice'), nameEn: t('reports.doc.centralOffice') }]],
  };
}

/** The cover and footer every report shares. */
export function frame(c: BuildContext, blocks: ReportDoc['blocks']): ReportDoc {
  const title = c.t(`reports.kinds.${c.kind}`);
  return {
    language: c.lang,
    title,
    subtitle: [c.t('reports.doc.period', { period: c.periodLabel }), c.scope.provinceId ? c.t('reports.doc.scopeProvince', { name: c.name(c.scope) }) : c.t('reports.doc.scopeAll')].join(' · '),
    organisation: c.t('reports.doc.organisation'),
    generatedLine: c.t('reports.doc.generated', { date: c.date(c.today) }),
    footer: c.t('reports.doc.footer', { title, period: c.periodLabel }),
    blocks,
  };
}
