/**
 * Context events: talks, meetings and visits; attacks with casualties; military mobilisation. One event of each kind
 * per sentence at most, at the place the sentence names for it (a city before a country, never a locating adjective).
 */
import type { ContextEvent } from '../types';
import { dateFor, findLexiconHits, lexiconAlternation, placeMentions, type SentenceView, type Trigger } from './clauses';
import { CONTEXT_PHRASES } from './lexicon/context';
import { conditionalAfter, forecastAfter, isBlocked } from './modality';
import { findCounts } from './numbers';
import { possessive, possessiveLocated } from './locators';
import { datelineEnd } from './datelines';

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
  // "KABUL, Aug 9 (AP) —", "Herat, July 9 (Reuters) -": a dated dateline (datelines.ts).
  if (m.start - view.start < 40 && m.end <= view.start + datelineEnd(view.text)) return true;
  const name = view.body.slice(m.start, m.end);
  return /^[\s"“]*$/.test(view.body.slice(view.start, m.start)) && name === name.toUpperCase() && name !== name.toLowerCase()
    && DATELINE_AFTER.test(view.body.slice(m.end, m.end + 48));
}

/** Conjunctions that open a clause of its own after a trigger ("came days after clashes in ...", "met X before flying to"). */
const SUBORDINATE = /\s(?:after|before|amid|following|while|when|because|since|until)\s|[;:]|\s[–—-]\s/i;

/** The mention is in the trigger's own clause: not before the clause's opener, nor after a subordinate clause opens. */
function ownClause(view: SentenceView, t: { start: number; end: number }, m: { start: number; end: number }): boolean {
  if (m.start >= t.end) return !SUBORDINATE.test(view.body.slice(t.end, m.start));
  return m.end <= t.start && !SUBORDINATE.test(view.body.slice(m.end, t.start));
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
  let places = placeMentions(view, view.start, view.end).filter((m) => !view.places.regional.has(m) && !isDateline(view, m));
  if (places.length === 0) return out;
  // Only the asserted hits of a phrase are used, tested in order as far as needed (the tests are pure).
  const asserted = (t: Trigger) => !isBlocked(view.text, t.start - view.start) && !conditionalAfter(view.text, t.start - view.start) && !forecastAfter(view.text, t.end - view.start);
  const locatives = new Map(places.map((m) => [m, /\b(?:in|at)\s+(?:the\s+)?$/i.test(view.body.slice(Math.max(0, m.start - 8), m.start)) ? 0 : 1]));
  // "in Herat's Ghoryan district": the district is where it happened (and is "in" as its locator was), not Herat.
  for (const m of places) {
    const located = possessiveLocated(view, m);
    if (located && locatives.has(located)) {
      locatives.set(located, Math.min(locatives.get(located)!, locatives.get(m)!));
      locatives.set(m, 2);
    }
  }
  places = places.filter((m) => locatives.get(m) !== 2);
  for (const [entry, phrase] of PHRASES.entries()) {
    let t = all.find((h) => h.entry === entry && asserted(h.t))?.t;
    if (!t) continue;
    let own = places;
    // "The visit came days after clashes in Ghoryan": talks take no place from another clause ("promising further
    // talks after two days of dialogue in Tehran": the dialogue's own clause names Tehran).
    if (phrase.kind === 'talks') {
      own = [];
      for (const h of all) {
        if (h.entry !== entry || !asserted(h.t)) continue;
        own = places.filter((m) => ownClause(view, h.t, m));
        t = h.t;
        if (own.length > 0) break;
      }
    }
    if (own.length === 0) continue;
    // Prefer a place introduced by "in"/"at" ("talks ... in the UAE"), then one not qualifying a noun ("Herat's governor
    // visited Islam Qala"), then the most specific, then one after the trigger: "landed in Moscow and met with the
    // envoy for Afghanistan" is in Moscow.
    const locative = (m: (typeof places)[number]) => locatives.get(m)!;
    const owner = (m: (typeof places)[number]) => Number(possessive(view, m));
    const best = [...own].sort(
      (a, b) => locative(a) - locative(b) || owner(a) - owner(b) || (RANK[a.place.type] ?? 9) - (RANK[b.place.type] ?? 9) || Number(a.start < t.end) - Number(b.start < t.end) || a.start - b.start,
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
