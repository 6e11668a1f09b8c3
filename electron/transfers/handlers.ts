import type { DomainHandlers } from '../handlers';
import { capacityOverview } from './capacity-view';
import { exportTransfersXlsx } from './export-xlsx';
import { listTransfers, previewTransfer, recordTransfer, undoTransfer } from './transfers';

export const transfersHandlers: DomainHandlers = {
  'transfers.preview': (i, { db }) => previewTransfer(db, i),
  'transfers.record': (i, { db }) => recordTransfer(db, i),
  'transfers.undo': ({ id }, { db }) => undoTransfer(db, id),
  'transfers.list': (filter, { db }) => listTransfers(db, filter),
  'transfers.exportXlsx': async ({ filter, language }, { db }) => exportTransfersXlsx(db, await listTransfers(db, filter), language),
  'capacity.overview': (_i, { db }) => capacityOverview(db),
};
