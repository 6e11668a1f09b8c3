import type { FileOut, TransferRow } from '../../shared/api';
import { createI18n } from '../../shared/i18n';
import type { Language } from '../../shared/i18n-keys';
import type { Db } from '../db/connection';
import { type SheetColumn, namesById, xlsxFile } from '../export/xlsx';

/** The Transfers page's current view as an Excel workbook, in the user's language. */
export async function exportTransfersXlsx(db: Db, rows: TransferRow[], language: Language): Promise<FileOut> {
  const { t } = createI18n(language);
  const names = await namesById(db, ['province', 'district', 'organisation'], language);
  const describe = (provinceId: string | null, districtId: string | null, organisationId: string | null, position: string | null) =>
    [[provinceId, districtId].map((i) => (i ? names.get(i) : '')).filter(Boolean).join(', '), organisationId ? names.get(organisationId) : '', position]
      .filter(Boolean)
      .join(' · ');
  const columns: Array<SheetColumn<TransferRow>> = [
    { header: t('transfers.date'), width: 12, value: (r) => r.date },
    { header: t('transfers.person'), width: 30, value: (r) => (language === 'lo' ? r.personNameLo : r.personNameEn || r.personNameLo) },
    { header: t('transfers.from'), width: 34, value: (r) => describe(r.fromProvinceId, r.fromDistrictId, r.fromOrganisationId, r.fromPosition) },
    { header: t('transfers.to'), width: 34, value: (r) => describe(r.toProvinceId, r.toDistrictId, r.toOrganisationId, r.toPosition) },
    { header: t('transfers.keeps'), width: 16, value: (r) => (r.keepsTrainingRole ? t('transfers.yes') : t('transfers.no')) },
    { header: t('transfers.reason'), width: 40, value: (r) => r.reason },
  ];
  return xlsxFile('LWU-transfers', [{ name: t('transfers.title'), columns, rows }]);
}
