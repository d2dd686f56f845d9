/**
 * Context events: talks, meetings and visits; attacks with casualties; military mobilisation. One event of each kind
 * per sentence at most, at the place the sentence names for it (a city before a country, never a locating adjective).
 */
import type { ContextEvent } from '../types';
import { dateFor, findLexiconHits, lexiconAlternation, placeMentions, type SentenceView, type Trigger } from './clauses';
import { CONTEXT_PHRASES } from './lexicon/context';
import { conditionalAfter, forecastAfter, isBlocked } from './modality';
import { findCounts } from './numbers';

const PHRASES = CONTEXT_PHRASES;
const ALL = lexiconAlternation(PHRASES.map((p) => p.re));
const RANK: Record<string, number> = { city: 0, crossing: 1, district: 2, province: 3, region: 4, border: 5, country: 6 };

type Draft = Omit<ContextEvent, 'id' | 'articleId' | 'quote' | 'quoteStart' | 'quoteEnd' | 'claimant' | 'outlet' | 'section'> & {
  /** Body offset of the trigger, for the claimant's scope (removed before export). */
  at: number;
};

/** "KABUL —", "QUETTA:", "TASHKENT --" opening a sentence: where the story was filed, not where anything happened. */
const DATELINE_AFTER = /^(?:\s*\([^)\n]{1,40}\))?\s*(?:—|–|--|:)/;
function isDateline(view: SentenceView, m: { start: number; end: number }): boolean {
  const name = view.body.slice(m.start, m.end);
  return /^[\s"“]*$/.test(view.body.slice(view.start, m.start)) && name === name.toUpperCase() && name !== name.toLowerCase()
    && DATELINE_AFTER.test(view.body.slice(m.end, m.end + 48));
}

/**
 * Context events stated by one sentence.
 * @example findContext(view of 'A bomb attack in Kabul killed at least 43 people.') → [{ kind: 'violence', place: 'Kabul', casualties: 43 }]
 */
export function findContext(view: SentenceView): Draft[] {
  const out: Draft[] = [];
  const all = findLexiconHits(view, ALL);
  if (all.length === 0) return out;
  // The sentence's places and whether each is introduced by "in"/"at" are the same for every phrase: read once.
  // With none, no phrase makes an event, so the (pure) modality tests are not run.
  const places = placeMentions(view, view.start, view.end).filter((m) => !view.places.regional.has(m) && !isDateline(view, m));
  if (places.length === 0) return out;
  // Only the first asserted hit of each phrase is used: the hits after it are not tested (the tests are pure).
  const asserted = (t: Trigger) => !isBlocked(view.text, t.start - view.start) && !conditionalAfter(view.text, t.start - view.start) && !forecastAfter(view.text, t.end - view.start);
  const hits = PHRASES.map((_, entry) => all.find((h) => h.entry === entry && asserted(h.t))?.t);
  const locatives = new Map(places.map((m) => [m, /\b(?:in|at)\s+(?:the\s+)?$/i.test(view.body.slice(Math.max(0, m.start - 8), m.start)) ? 0 : 1]));
  for (const [entry, phrase] of PHRASES.entries()) {
    const t = hits[entry];
    if (!t) continue;
    // Prefer a place introduced by "in"/"at" ("talks ... in the UAE"), then the most specific, then one after the
    // trigger: "landed in Moscow and met with the envoy for Afghanistan" is in Moscow.
    const locative = (m: (typeof places)[number]) => locatives.get(m)!;
    const best = [...places].sort(
      (a, b) => locative(a) - locative(b) || (RANK[a.place.type] ?? 9) - (RANK[b.place.type] ?? 9) || Number(a.start < t.end) - Number(b.start < t.end) || a.start - b.start,
    )[0]!;
    const { date, precision } = dateFor(view, t);
    let casualties: number | null = null;
    if (phrase.kind === 'violence') {
      const c = findCounts(view.text).find((x) => x.value !== null && /^(?:people|civilians|soldiers|members|fighters|police|policemen|taliban|militants|insurgents|troops|dead|killed|wounded)/.test(x.unit ?? ''));
      casualties = c?.value ?? null;
    }
    out.push({
      kind: phrase.kind,
      at: t.start,
      date,
      datePrecision: precision,
      place: best.place.name,
      placeId: best.place.id,
      placeType: best.place.type,
      country: best.place.country,
      ...(phrase.kind === 'violence' ? { casualties } : {}),
    });
  }
  return out;
}
