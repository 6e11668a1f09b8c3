import ExcelJS from 'exceljs';
import type { FileOut, TransferRow } from '../../shared/api';
import { createI18n } from '../../shared/i18n';
import type { Language } from '../../shared/i18n-keys';
import type { Db } from '../db/connection';

/** The Transfers page's current view as an Excel workbook, in the user's language. */
export async function exportTransfersXlsx(db: Db, rows: TransferRow[], language: Language): Promise<FileOut> {
  const { t } = createI18n(language);
  const names = new Map<string, string>();
  for (const table of ['province', 'district', 'organisation']) {
    for (const r of await db(table).select('id', 'name_lo', 'name_en')) names.set(r.id, language === 'lo' ? r.name_lo : r.name_en);
  }
  const place = (...ids: Array<string | null>) => ids.map((i) => (i ? names.get(i) : '')).filter(Boolean).join(', ');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t('transfers.title'));
  ws.columns = [
    { header: t('transfers.date'), key: 'date', width: 12 },
    { header: t('transfers.person'), key: 'person', width: 30 },
    { header: t('transfers.from'), key: 'from', width: 34 },
    { header: t('transfers.to'), key: 'to', width: 34 },
    { header: t('transfers.keeps'), key: 'keeps', width: 16 },
    { header: t('transfers.reason'), key: 'reason', width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow({
      date: r.date,
      person: language === 'lo' ? r.personNameLo : r.personNameEn || r.personNameLo,
      from: [place(r.fromProvinceId, r.fromDistrictId), r.fromOrganisationId ? names.get(r.fromOrganisationId) : '', r.fromPosition].filter(Boolean).join(' · '),
      to: [place(r.toProvinceId, r.toDistrictId), r.toOrganisationId ? names.get(r.toOrganisationId) : '', r.toPosition].filter(Boolean).join(' · '),
      keeps: r.keepsTrainingRole ? t('transfers.yes') : t('transfers.no'),
      reason: r.reason,
    });
  }
  return { fileName: `LWU-transfers-${new Date().toISOString().slice(0, 10)}.xlsx`, base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}
