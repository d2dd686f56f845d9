/**
 * URL ⇄ state, in one place. The query string holds what you see — date, selected place or event, claimant
 * filter, movement window and view — so a copied link reproduces it; moving through history restores it.
 */
import { CLAIMANT_FILTERS, type ClaimantFilter } from './claimants';

export interface View { lon: number; lat: number; zoom: number }

export type Selection =
  | { kind: 'none' }
  | { kind: 'place'; id: string }
  | { kind: 'event'; id: string };

export interface UrlState {
  date: string | null;
  selection: Selection;
  claimant: ClaimantFilter;
  windowDays: number | null;
  view: View | null;
  /** The article being read, as an event id whose quote is highlighted. */
  reading: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a query string. Unknown or malformed values fall back to defaults rather than failing.
 * Example: `parseUrl('?date=2021-07-09&place=xing:islam-qala&view=61.1,34.7,7')` →
 * `{ date: '2021-07-09', selection: { kind: 'place', id: 'xing:islam-qala' }, view: { lon: 61.1, lat: 34.7, zoom: 7 }, … }`.
 */
export function parseUrl(search: string): UrlState {
  // A codec, not reactive state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const p = new URLSearchParams(search);
  const date = p.get('date');
  const claimant = p.get('claimant') as ClaimantFilter | null;
  const place = p.get('place');
  const event = p.get('event');
  const win = Number(p.get('window'));
  const v = (p.get('view') ?? '').split(',').map(Number);
  const view = v.length === 3 && v.every(Number.isFinite) && Math.abs(v[1]!) <= 90 ? { lon: v[0]!, lat: v[1]!, zoom: v[2]! } : null;
  return {
    date: date && ISO.test(date) ? date : null,
    selection: place ? { kind: 'place', id: place } : event ? { kind: 'event', id: event } : { kind: 'none' },
    claimant: claimant && CLAIMANT_FILTERS.includes(claimant) ? claimant : 'all',
    windowDays: Number.isInteger(win) && win > 0 && win <= 365 ? win : null,
    view,
    reading: p.get('read'),
  };
}

/**
 * Writes a query string (stable parameter order; defaults omitted).
 * Example: `formatUrl({ date: '2021-07-09', selection: { kind: 'none' }, claimant: 'all', windowDays: null, view: null, reading: null }) === '?date=2021-07-09'`.
 */
export function formatUrl(s: UrlState): string {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const p = new URLSearchParams();
  if (s.date) p.set('date', s.date);
  if (s.selection.kind === 'place') p.set('place', s.selection.id);
  if (s.selection.kind === 'event') p.set('event', s.selection.id);
  if (s.reading) p.set('read', s.reading);
  if (s.claimant !== 'all') p.set('claimant', s.claimant);
  if (s.windowDays != null) p.set('window', String(s.windowDays));
  if (s.view) p.set('view', `${s.view.lon.toFixed(4)},${s.view.lat.toFixed(4)},${s.view.zoom.toFixed(2)}`);
  const q = p.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}

/** What the URL binding needs from the app state. */
export interface UrlBound {
  toUrlState(): UrlState;
  applyUrlState(s: UrlState): void;
}

/** Quiet time before a date or view change is written: scrubbing and panning write once, not per frame. */
export const URL_SETTLE_MS = 250;

/**
 * Keeps the URL and the state in step: a change of what is selected, read or filtered is written at once as
 * a new history entry; a date change becomes a history entry when it settles; moving the view replaces the
 * current entry. Back/forward re-apply the URL. Returns a cleanup function. Must run inside a component
 * (it uses $effect).
 */
export function bindUrl(app: UrlBound & { readonly playing: boolean }): () => void {
  let written = parseUrl(location.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (next: UrlState) => {
    clearTimeout(timer);
    const query = formatUrl(next);
    if (query === location.search) { written = next; return; }
    const push = !app.playing && (next.date !== written.date || JSON.stringify(next.selection) !== JSON.stringify(written.selection) ||
      next.claimant !== written.claimant || next.reading !== written.reading || next.windowDays !== written.windowDays);
    const url = `${location.pathname}${query}${location.hash}`;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    written = next;
  };
  const onPop = () => {
    clearTimeout(timer);
    written = parseUrl(location.search);
    app.applyUrlState(written);
  };
  window.addEventListener('popstate', onPop);
  $effect(() => {
    const next = app.toUrlState();
    const immediate = JSON.stringify(next.selection) !== JSON.stringify(written.selection) ||
      next.claimant !== written.claimant || next.reading !== written.reading || next.windowDays !== written.windowDays;
    if (immediate) write(next);
    else { clearTimeout(timer); timer = setTimeout(() => write(app.toUrlState()), URL_SETTLE_MS); }
  });
  return () => { clearTimeout(timer); window.removeEventListener('popstate', onPop); };
}
