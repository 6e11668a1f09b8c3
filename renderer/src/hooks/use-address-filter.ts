import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useNavigationType, useSearchParams } from 'react-router-dom';
import type { FilterParams } from './filter-params';

/** The pages a person's page can be opened from, by their path; her page's Back returns to the one she came from. */
const listPaths = ['trainers', 'transfers', 'capacity', 'teams', 'calendar'] as const;
export type ListPath = (typeof listPaths)[number];

/** Marks an address a list wrote itself, or a page opened from a list. */
interface ListState {
  listFilter?: true;
  fromList?: ListPath;
}
const listState = (location: { state: unknown }) => (location.state ?? {}) as ListState;

/** What a link from a list carries: the page it opens then steps back to the list as it was. */
export const fromList = (list: ListPath): ListState => ({ fromList: list });

/**
 * What a link to a person's page carries from the page it is on, drawers included (a team's, a session's):
 * her page's Back then returns there rather than to the roster.
 */
export function useFromHere(): ListState {
  const here = useLocation().pathname.split('/')[1];
  return (listPaths as readonly string[]).includes(here) ? fromList(here as ListPath) : {};
}

/**
 * A list's filters, kept in the address (filter-params.ts). Typing replaces the address rather than adding to the
 * history: Back leaves the list, not one letter. Choosing a filter adds a step.
 *
 * A search box (`textField`) keeps its own text: the router updates the address in a transition, and a text box
 * whose value waited for it would lose its caret, or letters typed fast. It takes the address's text when the
 * address changes from outside the page (Back, Forward, the menu item).
 */
export function useAddressFilter<F extends object>(params: FilterParams<F>, textField?: keyof F) {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const saved = useMemo(() => params.read(search), [search]);
  const textOf = (filter: F) => (textField ? ((filter[textField] as string | undefined) ?? '') : '');
  const [text, setText] = useState(textOf(saved));
  // The filters last written, for the next write: the address may not show them yet.
  const latest = useRef(saved);

  useEffect(() => {
    if (navigationType !== 'POP' && listState(location).listFilter) return;
    const outside = params.read(new URLSearchParams(location.search));
    latest.current = outside;
    setText(textOf(outside));
    // Only a new address says anything new; its search is read with it.
  }, [location.key]);

  const write = (next: F, replace: boolean) => {
    latest.current = next;
    setText(textOf(next));
    setSearch(params.write(next), { replace, state: { listFilter: true } satisfies ListState });
  };
  const filter = useMemo<F>(() => (textField ? { ...saved, [textField]: text || undefined } : saved), [saved, text]);
  return {
    filter,
    /** A filter chosen or taken away: a step that Back returns from. */
    change: (patch: Partial<F>) => write({ ...latest.current, ...patch }, false),
    /** A change that is no step of its own (the calendar's month): Back then leaves the page, not one month. */
    replace: (patch: Partial<F>) => write({ ...latest.current, ...patch }, true),
    /** The search text as it is typed. */
    type: (value: string) => textField && write({ ...latest.current, [textField]: value || undefined }, true),
    clear: () => write({} as F, false),
  };
}

/**
 * Back from a page opened from a list: to the list as it was (the step before in the history, filters and all),
 * otherwise to the whole of `fallback`. `list` names where Back goes, for the button's label.
 */
export function useBackToList(fallback: ListPath): { list: ListPath; back: () => void } {
  const navigate = useNavigate();
  const from = listState(useLocation()).fromList;
  return { list: from ?? fallback, back: () => (from ? navigate(-1) : navigate(`/${fallback}`)) };
}
