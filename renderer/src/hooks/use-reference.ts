import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Geography, Organisation } from '../../../shared/api';
import { useApiQuery } from '../api/queries';

export interface NamedThing {
  id: string;
  nameLo: string;
  nameEn: string;
}

/** A name in the UI language, falling back to the other script when one is missing. */
export function useLocalName(): (thing: { nameLo: string; nameEn: string } | undefined | null) => string {
  const { i18n } = useTranslation();
  const lao = i18n.language === 'lo';
  return (thing) => (thing ? (lao ? thing.nameLo || thing.nameEn : thing.nameEn || thing.nameLo) : '');
}

/** Provinces, districts, villages, modules and organisations, with lookups by id. Reference data changes rarely. */
export function useReference() {
  const geo = useApiQuery('reference.geography', {}, { staleTime: 5 * 60_000 });
  const orgs = useApiQuery('reference.organisations', {}, { staleTime: 5 * 60_000 });
  return useMemo(() => {
    const empty: Geography = { provinces: [], districts: [], villages: [], modules: [] };
    const data = geo.data ?? empty;
    const organisations: Organisation[] = orgs.data ?? [];
    const byId = new Map<string, NamedThing>();
    for (const list of [data.provinces, data.districts, data.villages, data.modules, organisations]) for (const x of list) byId.set(x.id, x);
    return { ...data, organisations, byId, isLoading: geo.isLoading || orgs.isLoading, error: geo.error ?? orgs.error };
  }, [geo.data, orgs.data, geo.isLoading, orgs.isLoading, geo.error, orgs.error]);
}

export type Reference = ReturnType<typeof useReference>;

/** The ISO code of this PC's province when it is set up as a provincial office; null at central or before setup. */
export function useHomeProvinceCode(): string | null {
  const office = useApiQuery('office.status', {}).data?.office;
  return office?.level === 'provincial' ? (office.provinceCode ?? office.code) : null;
}

/** The id of this PC's province (useHomeProvinceCode) in the reference data, once loaded. */
export function useHomeProvinceId(): string | undefined {
  const home = useHomeProvinceCode();
  return useReference().provinces.find((p) => p.code === home)?.id;
}

/** Curriculum, districts and holidays are central's to maintain; a province sees them read-only. Unknown while loading. */
export function useMaintainsReference(): boolean | undefined {
  return useApiQuery('office.status', {}).data?.maintainsReference;
}
