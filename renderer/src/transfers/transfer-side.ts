import type { TransferRow } from '../../../shared/api';
import { useLocalName, useReference } from '../hooks/use-reference';

/** One side of a transfer in the UI language: where (province, district) and the post (organisation, position). */
export interface TransferSideText {
  place: string;
  post: string;
}

/**
 * Both sides of a transfer as the Transfers page and a person's page show them, and the spreadsheet export
 * writes them: a move to another office of the same place changes only the organisation, so it is always named.
 */
export function useTransferSides(): (row: TransferRow, side: 'from' | 'to') => TransferSideText {
  const reference = useReference();
  const name = useLocalName();
  const names = (...ids: Array<string | null>) => ids.map((id) => name(reference.byId.get(id ?? ''))).filter(Boolean).join(', ');
  return (r, side) => {
    const [provinceId, districtId, organisationId, position] =
      side === 'from' ? [r.fromProvinceId, r.fromDistrictId, r.fromOrganisationId, r.fromPosition] : [r.toProvinceId, r.toDistrictId, r.toOrganisationId, r.toPosition];
    return { place: names(provinceId, districtId), post: [names(organisationId), position].filter(Boolean).join(' · ') };
  };
}
