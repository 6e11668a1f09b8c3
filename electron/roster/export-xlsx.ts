import type { FileOut, RosterRow } from '../../shared/api';
import { createI18n } from '../../shared/i18n';
import type { Language } from '../../shared/i18n-keys';
import type { Db } from '../db/connection';
import { moduleLabels } from '../../shared/module-codes';
import { type SheetColumn, namesById, xlsxFile } from '../export/xlsx';

/** The Trainers page's current view as an Excel workbook, with headers in the user's language. */
export async function exportRosterXlsx(db: Db, rows: RosterRow[], language: Language): Promise<FileOut> {
  const { t } = createI18n(language);
  const names = await namesById(db, ['province', 'district', 'organisation'], language);
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : '');
  // Modules by their short labels, as in the Word roster report, with the legend on a sheet of its own.
  const modules: Array<{ id: string; name_lo: string; name_en: string | null }> = await db('module').whereNull('deleted_at').orderBy('sort_order').select('id', 'name_lo', 'name_en');
  const { codes, legend } = moduleLabels(modules);
  const moduleName = new Map(modules.map((m) => [m.id, (language === 'lo' ? m.name_lo : m.name_en) || m.name_lo]));
  const columns: Array<SheetColumn<RosterRow>> = [
    { header: t('roster.field.nameLo'), width: 30, value: (r) => r.nameLo },
    { header: t('roster.field.nameEn'), width: 26, value: (r) => r.nameEn },
    { header: t('roster.field.sex'), width: 8, value: (r) => t(`roster.sex.${r.sex}`) },
    { header: t('roster.field.birthYear'), width: 10, value: (r) => r.birthYear },
    { header: t('roster.field.phone'), width: 16, value: (r) => r.phone },
    { header: t('roster.field.organisation'), width: 28, value: (r) => name(r.organisationId) },
    { header: t('roster.field.position'), width: 24, value: (r) => r.position },
    { header: t('roster.field.officeLevel'), width: 14, value: (r) => t(`roster.level.${r.officeLevel}`) },
    { header: t('roster.field.province'), width: 20, value: (r) => name(r.provinceId) },
    { header: t('roster.field.district'), width: 20, value: (r) => name(r.districtId) },
    { header: t('roster.field.status'), width: 12, value: (r) => t(`roster.status.${r.status}`) },
    { header: t('roster.field.teams'), width: 36, value: (r) => r.teams.map((x) => x.split(' / ')[language === 'lo' ? 0 : 1] || x).join('; ') },
    { header: t('roster.field.modulesCanTrain'), width: 28, value: (r) => codes(r.moduleIds) },
    { header: t('roster.field.modulesOverdue'), width: 20, value: (r) => codes(r.overdueModuleIds) },
  ];
  const legendColumns: Array<SheetColumn<(typeof legend)[number]>> = [
    { header: t('roster.field.moduleCode'), width: 10, value: (m) => m.code },
    { header: t('roster.field.module'), width: 60, value: (m) => moduleName.get(m.id) },
  ];
  return xlsxFile('LWU-roster', [
    { name: t('roster.title'), columns, rows },
    { name: t('roster.field.modules'), columns: legendColumns, rows: legend },
  ]);
}
