import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useNavigationType, useSearchParams } from 'react-router-dom';
import type { RosterFilter } from '../../../shared/api';
import { filterFromParams, paramsFromFilter } from './roster-filter-params';

/** Marks an address the Trainers page wrote itself, or a trainer's page opened from the list. */
interface ListState {
  rosterFilter?: true;
  fromTrainersList?: true;
}
const listState = (location: { state: unknown }) => (location.state ?? {}) as ListState;

/** What a link from the Trainers page carries: her page's Back then returns to the list as it was. */
export const fromTrainersList: ListState = { fromTrainersList: true };

/**
 * The Trainers page's filters, kept in the address (roster-filter-params.ts). Typing replaces the address
 * rather than adding to the history: Back leaves the list, not one letter. Choosing a filter adds a step.
 *
 * The search box keeps its own text: the router updates the address in a transition, and a text box whose
 * value waited for it would lose its caret, or letters typed fast. It takes the address's text when the address
 * changes from outside the page (Back, Forward, the Trainers menu item).
 */
export function useRosterFilter() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const saved = useMemo(() => filterFromParams(params), [params]);
  const [query, setQuery] = useState(saved.query ?? '');
  // The filters last written, for the next write: the address may not show them yet.
  const latest = useRef(saved);

  useEffect(() => {
    if (navigationType !== 'POP' && listState(location).rosterFilter) return;
    const outside = filterFromParams(new URLSearchParams(location.search));
    latest.current = outside;
    setQuery(outside.query ?? '');
    // Only a new address says anything new; its search is read with it.
  }, [location.key]);

  const write = (next: RosterFilter, replace: boolean) => {
    latest.current = next;
    setQuery(next.query ?? '');
    setParams(paramsFromFilter(next), { replace, state: { rosterFilter: true } satisfies ListState });
  };
  const filter = useMemo<RosterFilter>(() => ({ ...saved, query: query || undefined }), [saved, query]);
  return {
    filter,
    /** A filter chosen or taken away: a step that Back returns from. */
    change: (patch: Partial<RosterFilter>) => write({ ...latest.current, ...patch }, false),
    /** The search text as it is typed. */
    type: (text: string) => write({ ...latest.current, query: text || undefined }, true),
    clear: () => write({}, false),
  };
}

/**
 * Back from a trainer's page: to the list as it was when she was opened from it (the step before in the
 * history, filters and all), otherwise to the whole list.
 */
export function useBackToList(): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  const fromList = !!listState(location).fromTrainersList;
  return () => (fromList ? navigate(-1) : navigate('/trainers'));
}
