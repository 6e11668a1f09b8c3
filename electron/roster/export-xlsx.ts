import ExcelJS from 'exceljs';
import type { FileOut, RosterRow } from '../../shared/api';
import { createI18n } from '../../shared/i18n';
import type { Language } from '../../shared/i18n-keys';
import type { Db } from '../db/connection';
import { listGeography } from './geography';

/** The Trainers page's current view as an Excel workbook, with headers in the user's language. */
export async function exportRosterXlsx(db: Db, rows: RosterRow[], language: Language): Promise<FileOut> {
  const { t } = createI18n(language);
  const geo = await listGeography(db);
  const orgs = await db('organisation').select('id', 'name_lo', 'name_en');
  const name = (list: Array<{ id: string; nameLo?: string; nameEn?: string; name_lo?: string; name_en?: string }>, id: string | null) => {
    const found = list.find((x) => x.id === id);
    if (!found) return '';
    return (language === 'lo' ? (found.nameLo ?? found.name_lo) : (found.nameEn ?? found.name_en)) ?? '';
  };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LWU Desk';
  const ws = wb.addWorksheet(t('roster.title'));
  ws.columns = [
    { header: t('roster.field.nameLo'), key: 'nameLo', width: 30 },
    { header: t('roster.field.nameEn'), key: 'nameEn', width: 26 },
    { header: t('roster.field.sex'), key: 'sex', width: 8 },
    { header: t('roster.field.birthYear'), key: 'birthYear', width: 10 },
    { header: t('roster.field.phone'), key: 'phone', width: 16 },
    { header: t('roster.field.organisation'), key: 'organisation', width: 28 },
    { header: t('roster.field.position'), key: 'position', width: 24 },
    { header: t('roster.field.officeLevel'), key: 'officeLevel', width: 14 },
    { header: t('roster.field.province'), key: 'province', width: 20 },
    { header: t('roster.field.district'), key: 'district', width: 20 },
    { header: t('roster.field.status'), key: 'status', width: 12 },
    { header: t('roster.field.teams'), key: 'teams', width: 36 },
    { header: t('roster.field.modules'), key: 'modules', width: 10 },
    { header: t('roster.field.overdue'), key: 'overdue', width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    ws.addRow({
      nameLo: r.nameLo,
      nameEn: r.nameEn,
      sex: t(`roster.sex.${r.sex}`),
      birthYear: r.birthYear,
      phone: r.phone,
      organisation: name(orgs, r.organisationId),
      position: r.position,
      officeLevel: t(`roster.level.${r.officeLevel}`),
      province: name(geo.provinces, r.provinceId),
      district: name(geo.districts, r.districtId),
      status: t(`roster.status.${r.status}`),
      teams: r.teams.map((x) => x.split(' / ')[language === 'lo' ? 0 : 1] || x).join('; '),
      modules: r.moduleIds.length,
      overdue: r.overdueCount,
    });
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `LWU-roster-${new Date().toISOString().slice(0, 10)}.xlsx`, base64: buffer.toString('base64') };
}
