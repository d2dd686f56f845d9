/**
 * Context events: talks, meetings and visits; attacks with casualties; military mobilisation. One event of each kind
 * per sentence at most, at the place the sentence names for it (a city before a country, never a locating adjective).
 */
import type { ContextEvent, PlaceMention } from '../types';
import { isWhite } from './chars';
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
/** `datelineTo`: the body offset where the sentence's dated dateline ends (view.start when none), read once by the caller. */
function isDateline(view: SentenceView, m: { start: number; end: number }, datelineTo: () => number): boolean {
  // "KABUL, Aug 9 (AP) —", "Herat, July 9 (Reuters) -": a dated dateline (datelines.ts).
  if (m.start - view.start < 40 && m.end <= datelineTo()) return true;
  if (!opensSentence(view.body, view.start, m.start)) return false;
  const name = view.body.slice(m.start, m.end);
  return name === name.toUpperCase() && name !== name.toLowerCase() && DATELINE_AFTER.test(view.body.slice(m.end, m.end + 48));
}

/** body[from, to) is only white space and opening quotes (as /^[\s"“]*$/ on the slice, without copying it). */
function opensSentence(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x22 && c !== 0x201c && !isWhite(c)) return false;
  }
  return true;
}

/** Letters of "in", "at", "the" as lower-cased char codes, for locativeBefore. */
const I = 0x69, N = 0x6e, A = 0x61, T = 0x74, H = 0x68, E = 0x65;

/** body[i, i + 2) is "in" or "at" (any case) at a word's start, a window's start `lo` counting as one. */
function inOrAt(body: string, i: number, lo: number): boolean {
  if (i < lo) return false;
  const a = body.charCodeAt(i) | 32;
  const b = body.charCodeAt(i + 1) | 32;
  if (!((a === I && b === N) || (a === A && b === T))) return false;
  if (i === lo) return true;
  const c = body.charCodeAt(i - 1);
  return !((c >= 48 && c <= 57) || ((c | 32) >= A && (c | 32) <= 0x7a) || c === 95);
}

/**
 * The mention at `start` is introduced by "in"/"at" (and "the"): /\b(?:in|at)\s+(?:the\s+)?$/i on the 8 characters
 * before it, read by code (it is asked for every place of every sentence with a context phrase).
 * @example locativeBefore('clashes in Kabul', 11) === true
 */
function locativeBefore(body: string, start: number): boolean {
  const lo = Math.max(0, start - 8);
  let j = start;
  while (j > lo && isWhite(body.charCodeAt(j - 1))) j--;
  if (j === start) return false;
  if (inOrAt(body, j - 2, lo)) return true;
  if (j - 3 < lo || (body.charCodeAt(j - 3) | 32) !== T || (body.charCodeAt(j - 2) | 32) !== H || (body.charCodeAt(j - 1) | 32) !== E) return false;
  let k = j - 3;
  while (k > lo && isWhite(body.charCodeAt(k - 1))) k--;
  return k < j - 3 && inOrAt(body, k - 2, lo);
}

/** A movement's destination just before a place ("fled into", "crossed the border to neighbouring"). */
const DESTINATION_BEFORE = /\b(?:fled|flee|flees|fleeing|retreated|retreat|retreating|escaped|escaping|crossed|crossing|went|headed|heading|moved|evacuated|relocated|sought refuge|took refuge|taking refuge)\b[^.;:]{0,24}\b(?:into|to|towards?)\s+(?:the\s+)?(?:neighbou?ring\s+)?$/i;

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
  let datelineTo = -1;
  const dateline = () => (datelineTo >= 0 ? datelineTo : (datelineTo = view.start + datelineEnd(view.text)));
  let places = placeMentions(view, view.start, view.end).filter((m) => !view.places.regional.has(m) && !isDateline(view, m, dateline));
  if (places.length === 0) return out;
  // Only the asserted hits of a phrase are used, tested in order as far as needed (the tests are pure), each hit once
  // (the talks loop below reads them again).
  const verdicts: (boolean | undefined)[] = [];
  const asserted = (k: number): boolean => {
    const t = all[k]!.t;
    return (verdicts[k] ??= !isBlocked(view.text, t.start - view.start) && !conditionalAfter(view.text, t.start - view.start) && !forecastAfter(view.text, t.end - view.start));
  };
  const locatives = new Map<PlaceMention, number>();
  for (const m of places) locatives.set(m, locativeBefore(view.body, m.start) ? 0 : 1);
  // "in Herat's Ghoryan district": the district is where it happened (and is "in" as its locator was), not Herat.
  for (const m of places) {
    const located = possessiveLocated(view, m);
    if (located && locatives.has(located)) {
      locatives.set(located, Math.min(locatives.get(located)!, locatives.get(m)!));
      locatives.set(m, 2);
    }
  }
  places = places.filter((m) => locatives.get(m) !== 2);
  for (let entry = 0; entry < PHRASES.length; entry++) {
    const phrase = PHRASES[entry]!;
    let t: Trigger | undefined;
    for (let k = 0; k < all.length && !t; k++) if (all[k]!.entry === entry && asserted(k)) t = all[k]!.t;
    if (!t) continue;
    let own = places;
    // "The visit came days after clashes in Ghoryan": talks take no place from another clause ("promising further
    // talks after two days of dialogue in Tehran": the dialogue's own clause names Tehran).
    // "retreated into Tajikistan amid clashes": where people fled to is not where the fighting was.
    if (phrase.kind === 'violence') own = own.filter((m) => !DESTINATION_BEFORE.test(view.body.slice(Math.max(view.start, m.start - 40), m.start)));
    if (phrase.kind === 'talks') {
      own = [];
      for (let k = 0; k < all.length; k++) {
        const h = all[k]!;
        if (h.entry !== entry || !asserted(k)) continue;
        own = places.filter((m) => ownClause(view, h.t, m));
        t = h.t;
        if (own.length > 0) break;
      }
    }
    if (own.length === 0) continue;
    // Prefer a place introduced by "in"/"at" ("talks ... in the UAE"), then one not qualifying a noun ("Herat's governor
    // visited Islam Qala"), then the most specific, then one after the trigger: "landed in Moscow and met with the
    // envoy for Afghanistan" is in Moscow. (The first best in text order, as a stable sort would put first.)
    const at = t;
    const locative = (m: PlaceMention) => locatives.get(m)!;
    const owner = (m: PlaceMention) => Number(possessive(view, m));
    const order = (a: PlaceMention, b: PlaceMention) =>
      locative(a) - locative(b) || owner(a) - owner(b) || (RANK[a.place.type] ?? 9) - (RANK[b.place.type] ?? 9) || Number(a.start < at.end) - Number(b.start < at.end) || a.start - b.start;
    let best = own[0]!;
    for (let k = 1; k < own.length; k++) if (order(own[k]!, best) < 0) best = own[k]!;
    const { date, precision } = dateFor(view, t);
    let casualties: number | null = null;
    if (phrase.kind === 'violence') {
      const c = findCounts(view.text).find((x) => x.value !== null && /^(?:people|civilians|soldiers|members|fighters|police|policemen|taliban|militants|insurgents|troops|dead|killed|wounded)/.test(x.unit ?? ''));
      casualties = c?.value ?? null;
    }
    const event: Draft = {
      kind: phrase.kind,
      at: t.start,
      date,
      datePrecision: precision,
      place: best.place.name,
      placeId: best.place.id,
      placeType: best.place.type,
      country: best.place.country,
    };
    if (phrase.kind === 'violence') event.casualties = casualties;
    out.push(event);
  }
  return out;
}
