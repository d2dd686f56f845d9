/**
 * The app's reactive state: the selected day, claimant filter, movement window, selection and the loaded
 * data, plus what derives from them (control on the day, events in the window). Provided through context;
 * `getApp()` throws without a provider so misuse fails loudly.
 */
import { getContext, setContext } from 'svelte';
import type { Place, SituationEvent } from '../../types';
import { eventRange, type LoadedEvents } from '../data/events';
import { controlAt, indexClaims, type ClaimIndex, type PlaceControl } from './control';
import { passes, type ClaimantFilter } from './claimants';
import { dayOf, isoOf } from './dates';
import type { Selection, UrlState, View } from './url.svelte';

export const DEFAULT_WINDOW_DAYS = 7;
/** Quiet time after a date step before the lists (events in the window, national claims) follow it. */
export const LIST_SETTLE_MS = 150;
const NO_PLACES: ReadonlyMap<string, Place> = Object.freeze(new Map<string, Place>()) as ReadonlyMap<string, Place>;
const NO_CONTROL: ReadonlyMap<string, PlaceControl> = Object.freeze(new Map<string, PlaceControl>()) as ReadonlyMap<string, PlaceControl>;

export class AppState {
  day = $state(0);
  /**
   * The day the side lists show: it follows `day` once stepping pauses, so scrubbing or playing redraws the
   * map alone and the lists rebuild once (the map itself always shows `day`).
   */
  listDay = $state(0);
  #settle: ReturnType<typeof setTimeout> | undefined;
  claimant = $state<ClaimantFilter>('all');
  windowDays = $state(DEFAULT_WINDOW_DAYS);
  selection = $state<Selection>({ kind: 'none' });
  /** Event whose article is open, its quote highlighted. */
  reading = $state<string | null>(null);
  view = $state<View | null>(null);
  playing = $state(false);
  error = $state<string | null>(null);
  /** Loaded once; raw so the (large) arrays are never deep-proxied. */
  events = $state.raw<LoadedEvents | null>(null);
  places = $state.raw<ReadonlyMap<string, Place>>(NO_PLACES);
  /** A view requested from outside the map (search, URL); the map flies there and clears it. */
  flyTo = $state.raw<{ lon: number; lat: number; zoom: number } | null>(null);

  /** Claims indexed per claimant filter: built once per filter, reused on every slider step (a cache, not state). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #indexes = new Map<ClaimantFilter, ClaimIndex>();

  index = $derived.by(() => {
    const ev = this.events;
    if (!ev) return null;
    let idx = this.#indexes.get(this.claimant);
    if (!idx) this.#indexes.set(this.claimant, (idx = indexClaims(ev.claims, this.claimant)));
    return idx;
  });

  control = $derived.by((): ReadonlyMap<string, PlaceControl> => (this.index ? controlAt(this.index, this.day) : NO_CONTROL));

  date = $derived(isoOf(this.day));
  listDate = $derived(isoOf(this.listDay));

  /** Dated events within the window around the list day, as the claimant filter tells them, in time order. */
  windowEvents = $derived.by((): SituationEvent[] => {
    const ev = this.events;
    if (!ev) return [];
    const [from, to] = eventRange(ev.days, this.listDay - this.windowDays, this.listDay + this.windowDays);
    const out: SituationEvent[] = [];
    for (let i = from; i < to; i++) if (passes(this.claimant, ev.sides[i]!)) out.push(ev.events[i]!);
    return out;
  });

  setEvents(ev: LoadedEvents): void {
    this.#indexes.clear();
    this.events = ev;
    if (this.day < ev.firstDay || this.day > ev.lastDay) this.day = ev.lastDay;
    this.listDay = this.day;
  }

  /** Moves the day, kept within the corpus's range. */
  setDay(day: number): void {
    const ev = this.events;
    this.day = ev ? Math.min(ev.lastDay, Math.max(ev.firstDay, Math.round(day))) : Math.round(day);
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => { this.listDay = this.day; }, LIST_SETTLE_MS);
  }

  /** The nearest day with an event after (dir 1) or before (dir -1) the current one, or null. */
  neighbourEventDay(dir: 1 | -1): number | null {
    const days = this.events?.eventDays ?? [];
    if (dir > 0) return days.find((d) => d > this.day) ?? null;
    for (let i = days.length - 1; i >= 0; i--) if (days[i]! < this.day) return days[i]!;
    return null;
  }

  select(sel: Selection): void {
    this.selection = sel;
    this.reading = null;
  }

  /** A place by id: the gazetteer's entry, else what events say about it. */
  placeInfo(id: string): { id: string; name: string; type: string; province?: string; point?: [number, number] } | null {
    const p = this.places.get(id);
    if (p) return p;
    for (const e of this.events?.events ?? []) {
      if (e.kind !== 'movement' && e.placeId === id) {
        const g = this.events?.geometry.get(e.id);
        return { id, name: e.place, type: e.placeType, point: g?.type === 'Point' ? g.coordinates : undefined };
      }
    }
    return null;
  }

  toUrlState(): UrlState {
    return {
      date: this.events ? this.date : null,
      selection: this.selection,
      claimant: this.claimant,
      windowDays: this.windowDays === DEFAULT_WINDOW_DAYS ? null : this.windowDays,
      view: this.view,
      reading: this.reading,
    };
  }

  applyUrlState(s: UrlState): void {
    if (s.date) {
      try { this.setDay(dayOf(s.date)); } catch { /* an impossible date in a hand-edited link: keep the current day */ }
    }
    // A link or history step shows its lists at once.
    clearTimeout(this.#settle);
    this.listDay = this.day;
    this.selection = s.selection;
    this.reading = s.reading;
    this.claimant = s.claimant;
    this.windowDays = s.windowDays ?? DEFAULT_WINDOW_DAYS;
    if (s.view && (!this.view || s.view.lon !== this.view.lon || s.view.lat !== this.view.lat || s.view.zoom !== this.view.zoom)) {
      this.view = s.view;
      this.flyTo = s.view;
    }
  }
}

const KEY = Symbol('situation-map-app');

/** Provides the app state to the component tree below. */
export function provideApp(app: AppState): AppState {
  return setContext(KEY, app);
}

/** The app state from context. Throws when no ancestor called `provideApp`. */
export function getApp(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app) throw new Error('getApp(): no AppState in context; wrap the component in <App> (provideApp)');
  return app;
}
