/**
 * The view of one sentence every extraction stage works on (its text, places, dates and claimant, all with body
 * offsets), and the clause arithmetic they share: where the clause around a trigger starts and ends, which date is
 * the trigger's, which mentions may name an event's place.
 */
import type { DatePrecision, PlaceMention } from '../types';
import type { Attribution } from './attribution';
import { addDays, type DateMention } from './dates';
import { NUMBER_WORDS } from './lexicon/numbers';
import type { ArticlePlaces } from './places';
import type { Block } from './sections';
import { LexiconGate, type Words } from './lexiconGate';
import { datesOfEvents } from './datelines';

export interface SentenceView {
  articleId: string;
  body: string;
  start: number;
  end: number;
  text: string;
  block: Block;
  /** Mentions inside the sentence (body offsets). */
  mentions: PlaceMention[];
  /** Index in places.mentions of the first mention at or after the sentence start. */
  mentionIndex: number;
  places: ArticlePlaces;
  attribution: Attribution | null;
  /** The sentence's dates, resolved on first use (most sentences need none). */
  readonly dates: DateMention[];
  /** Date used when the sentence states none: the caption's own date, else the publication date (or null). */
  fallbackDate: { date: string | null; precision: DatePrecision };
  published: string | null;
  /**
   * Offset in `text` before which no lexicon phrase starts (where the union of all lexicons first matched), so each
   * stage's scan starts there instead of at 0; 0 when unknown.
   */
  firstTrigger?: number;
  /** The words of `text` (lexiconGate.ts wordsOf); when given, each lexicon is tried only at words that open a phrase. */
  words?: Words;
}

export interface Trigger {
  start: number;
  end: number;
}

/**
 * Compiles a whole lexicon into one regex with a capture group per entry, so a sentence is scanned once; earlier
 * entries win at the same position, so lexicons list longer phrases first.
 */
export function lexiconAlternation(sources: string[]): RegExp {
  const rx = new RegExp(`\\b(?:${sources.map((s) => `(${s.replace(/\((?!\?)/g, '(?:')})`).join('|')})(?![\\w’'])`, 'gi');
  const gate = LexiconGate.of(sources);
  if (gate) {
    GATES.set(rx, gate);
    GATED_SOURCES.push(...sources);
    union = undefined;
  }
  return rx;
}

/** Each lexicon's gate (lexiconGate.ts): the same hits as its regex, tried only at the words that open a phrase. */
const GATES = new WeakMap<RegExp, LexiconGate>();

// Each stage scans a sentence with its own lexicon, and each gate looks every word of it up. One gate over all the
// gated lexicons picks, once per sentence, the few words that open a phrase of any of them, and each gate is given
// those only: a gate passes over a word that opens none of its phrases (its hits are the same without it), except
// after an apostrophe (where it may try its phrases that open with one), so such words are kept too.
const GATED_SOURCES: string[] = [];
let union: LexiconGate | null | undefined;
let lastWords: Words | undefined;
let lastText = '';
let lastFrom = -1;
// The opening words of the last view asked about: its stages ask one after another, so one entry serves them all.
// The arrays are refilled in place for the next view (entries past lastCount are stale).
const lastOpening: Words = { starts: [], hashes: [] };
let lastCount = 0;

/** How many words of the view at or after `from` may open a phrase of some gated lexicon, in lastOpening (-1: no such gate). */
function openingWords(text: string, words: Words, from: number): number {
  union ??= LexiconGate.of(GATED_SOURCES);
  if (union === null) return -1;
  if (words === lastWords && text === lastText && from === lastFrom) return lastCount;
  const { starts, hashes } = lastOpening;
  let count = 0;
  for (let k = 0; k < words.starts.length; k++) {
    const at = words.starts[k]!;
    // (A gate does nothing at a word before `from`.)
    if (at < from) continue;
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (union.opens(words.hashes[k]!) || before === 39 || before === 0x2019) {
      starts[count] = at;
      hashes[count] = words.hashes[k]!;
      count++;
    }
  }
  lastWords = words;
  lastText = text;
  lastFrom = from;
  lastCount = count;
  return count;
}

export type LexiconHit = { t: Trigger; entry: number };

// findLexiconHits's visitor and where it puts the hits (set for each call; gate.each calls back synchronously).
let visiting: LexiconHit[] = [];
let visitOffset = 0;
function visitHit(entry: number, s: number, e: number): boolean {
  visiting.push({ t: { start: visitOffset + s, end: visitOffset + e }, entry });
  return true;
}

/** Every non-overlapping lexicon hit in the sentence (body offsets) with the index of its entry. */
export function findLexiconHits(view: SentenceView, rx: RegExp): LexiconHit[] {
  const out: LexiconHit[] = [];
  const gate = GATES.get(rx);
  if (gate && view.words) {
    // The same hits as the scan below, found by trying only the phrases a word opens, at that word.
    const from = view.firstTrigger ?? 0;
    const count = openingWords(view.text, view.words, from);
    // (One visitor for every call, told where to put the hits, not a closure per sentence and stage: about half the
    // time of this call in a micro-benchmark over the bench corpus's sentences.)
    visiting = out;
    visitOffset = view.start;
    if (count >= 0) gate.each(view.text, lastOpening, from, count, visitHit);
    else gate.each(view.text, view.words, from, view.words.starts.length, visitHit);
    visiting = [];
    return out;
  }
  // Every lexicon's first hit is at or after the union's first hit: the text before it has none.
  rx.lastIndex = view.firstTrigger ?? 0;
  for (let m = rx.exec(view.text); m; m = rx.exec(view.text)) {
    let entry = 1;
    while (entry < m.length && m[entry] === undefined) entry++;
    out.push({ t: { start: view.start + m.index, end: view.start + m.index + m[0].length }, entry: entry - 1 });
    if (m[0].length === 0) rx.lastIndex++;
  }
  return out;
}

// The words under one \b pair (no two alternatives can match at one place, so the matches are those of one \b per
// word): V8 scans this form about a quarter faster, and it runs over the text before every trigger.
const CLAUSE_OPENERS = /[;:]|,\s+and\b|\b(?:that|which|who|while|as|after|before|because|when|amid|but|though|although|considering)\b/gi;

/**
 * Body offset where the clause containing `at` starts: after the last clause opener before it, or after the
 * attribution phrase ("Tajik authorities say | two-thirds of the border ...").
 */
export function clauseStart(view: SentenceView, at: number): { start: number; opener: string | null } {
  const before = view.text.slice(0, at - view.start);
  let start = view.start;
  let opener: string | null = null;
  let last: RegExpExecArray | null = null;
  CLAUSE_OPENERS.lastIndex = 0;
  for (let m = CLAUSE_OPENERS.exec(before); m; m = CLAUSE_OPENERS.exec(before)) last = m;
  // Only the last opener counts: its words are read once.
  if (last) {
    start = view.start + last.index + last[0].length;
    opener = last[0].toLowerCase().replace(/^,\s+/, '');
  }
  const a = view.attribution;
  if (a && a.phraseEnd <= at && a.phraseEnd > start) {
    start = a.phraseEnd;
    opener = null;
  }
  return { start, opener };
}

const CLAUSE_CLOSERS = /[;:!?]|\.(?=\s|$)|,\s+(?:while|as|but|which|who|where|after|before|when|amid|adding|saying|according|though|although)\b|\s(?:while|but|amid|because|although|though|as|after|when|following)\s|\s[–—-]\s/i;

/** Body offset where the clause after `at` ends. */
export function clauseEnd(view: SentenceView, at: number, max = 160): number {
  const rest = view.text.slice(at - view.start, at - view.start + max);
  const m = CLAUSE_CLOSERS.exec(rest);
  let end = at + (m ? m.index : rest.length);
  // A closing attribution ("..., Tajik border guards said.") is not part of the clause.
  const a = view.attribution;
  if (a && a.phraseStart > at && a.phraseStart < end) end = a.phraseStart;
  return end;
}

/** The date of a trigger: the sentence's date nearest to it (a dateline's only when it has no other), else the fallback. */
export function dateFor(view: SentenceView, t: Trigger): { date: string | null; precision: DatePrecision } {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of datesOfEvents(view.text, view.start, view.dates)) {
    // "a day before they captured Sheberghan" joins two events: no date of its own (DAYS_APART below dates it).
    if (OFFSET.test(d.text) && !/^\s*,/.test(view.body.slice(d.end, d.end + 3))) continue;
    const dist = d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  // "captured Torghundi last month and now control most of the province": a state said to hold now is of the day the
  // article (or caption) speaks from, whatever else the sentence dates.
  // (Not a date of the speech: "On Monday the Taliban said they now control ...", "..., a spokesman said on Monday".)
  const lead = best ? view.body.slice(Math.max(view.start, t.start - 24), t.start) : '';
  // (NOW_BEFORE is tried at every position of its window: a plain search for "now" first, which most leads lack.)
  if (best && ((NOW.test(lead) && NOW_BEFORE.test(lead)) || NOW_INSIDE.test(view.body.slice(t.start, t.end))) && !speechDate(view, best, t)) return view.fallbackDate;
  // "Sheberghan was captured on Saturday, a day after the insurgents took Zaranj": Zaranj fell on Friday.
  if (best?.date && best.precision === 'day' && best.end <= t.start) {
    const apart = DAYS_APART.exec(view.body.slice(best.end, t.start));
    if (apart) {
      // "days after" some days (a week's precision), "hours after" the same day.
      const n = apart[1] ? NUMBER_WORDS[apart[1].toLowerCase()]! : apart[2]!.toLowerCase() === 'days' ? 3 : 0;
      return { date: addDays(best.date, apart[3]!.toLowerCase() === 'after' ? -n : n), precision: apart[2]?.toLowerCase() === 'days' ? 'week' : 'day' };
    }
  }
  if (best) return { date: best.date, precision: best.precision };
  return view.fallbackDate;
}

/** A clause told as some days after or before the dated one it follows, reaching the trigger with no break between. */
// ("The day before, ..." opening a sentence is the story's day before: dates.ts reads it.)
const OFFSET = /^(?:a|one|two|three|four|five|six|seven)\s+days?\s+(?:after|before)$/i;
const DAYS_APART = /\b(?:(a|one|two|three|four|five|six|seven)\s+days?|(days|hours))\s+(after|before)\s+[^,;:.!?"“”]*$/i;

/** The date is the speech's: before the end of a speech phrase that opens the trigger's report, or in one that closes it. */
function speechDate(view: SentenceView, d: DateMention, t: Trigger): boolean {
  const a = view.attribution;
  if (!a) return false;
  if (a.phraseEnd <= t.start) return d.start <= a.phraseEnd + 2;
  return a.phraseStart >= t.end && d.start >= a.phraseStart;
}

/** "now" right before a trigger ("and now control", "now firmly hold"), not "until now" or "by now". */
const NOW_BEFORE = /(?<!\b(?:until|till|by|up to|than|from|since|right)\s)\bnow\s+(?:[\p{L}-]+\s+)?$/iu;
const NOW = /now/i;
/** "is now under the control of ...": "now" inside a phrase of state. */
const NOW_INSIDE = /\bnow\b/i;

/** Mentions that may name an event's place: not inside the claimant's words, not a locating adjective. */
export function placeMentions(view: SentenceView, from: number, to: number, opts?: { adjectives?: boolean }): PlaceMention[] {
  const a = view.attribution;
  const adjectives = opts?.adjectives === true;
  // (A plain loop: the stages ask this several times per trigger.)
  const out: PlaceMention[] = [];
  for (const m of view.mentions) {
    if (m.start >= from && m.end <= to && (adjectives || !m.adjective) && !(a && m.start >= a.start && m.end <= a.end)) out.push(m);
  }
  return out;
}

/** Mentions that continue a list after `m`: "Kunduz, Takhar, Jowzjan and Nimruz". */
export function listFrom(view: SentenceView, first: PlaceMention, to: number): PlaceMention[] {
  const list = [first];
  const a = view.attribution;
  const all = view.mentions.filter((m) => !m.adjective && !(a && m.start >= a.start && m.end <= a.end));
  let i = all.indexOf(first);
  while (i + 1 < all.length && all[i + 1]!.end <= to) {
    const gap = view.body.slice(all[i]!.end, all[i + 1]!.start);
    if (!/^\s*(?:provinces?|districts?|cities)?\s*(?:,|,?\s+and|,?\s+or|,?\s+as well as)\s*$/i.test(gap)) {
      // "on the edge of Kandahar, the country's second city, and in Lashkar Gah": a looser join.
      const j = looseJoin(view, all, i, to);
      if (j < 0) break;
      list.push(all[j]!);
      i = j;
      continue;
    }
    list.push(all[i + 1]!);
    i++;
  }
  return list;
}

/**
 * A second place joined after an appositive (", the country's second city,"), a phrase of time (" on Monday") or with
 * its own preposition (" and in Taloqan"). Groups: 1 appositive, 2 time, 3 preposition; each bounded, so linear.
 */
const LOOSE_JOIN = /^(?:\s+(?:province|district|city|town))?(,\s+(?:the|a|an|its|their|\p{Lu}[\p{L}-]*['’]s)\s[^,;:.()]{1,60},)?(\s+(?:on|for|since|during|over|throughout|overnight|early|late|last|this)\b[^,;:.()]{0,30}?)?,?\s+and\s+(?:(in|at|around|near|inside|outside|on the outskirts of|on the edge of)\s+)?(?:the\s+)?$/u;
/**
 * What may follow a place joined loosely, so that it is still part of the same clause: the end, a phrase of time or a
 * closing clause word, an appositive naming what the place is; not a new clause ("and in Kabul, officials said ...",
 * "and Taloqan fell on Monday").
 */
const LOOSE_END = /^(?:\s+(?:province|district|city|town))?(?:\s*(?:$|[.;:!?)"”]|[–—])|,\s+(?:where|which|while|as|but|amid|according|after|before|when|killing|leaving|forcing|and)\b|,\s+(?:the|a|an)\s(?:(?!(?:the|a|an)\s)[\p{L}'’-]+\s){0,3}(?:capital|city|town|cent(?:re|er)|seat|hub|district|province|stronghold|crossing|port)\b(?:\s+of\s+[^,;:.()]{1,40}?)?\s*(?:[,.;]|$)|\s+(?:on|last|this|early|late|since|overnight|yesterday|today|as well|too|and|or|during|throughout|until|amid|as|while|when|where)\b)/iu;

/** The index in `all` of the place loosely joined after all[i] (LOOSE_JOIN), or -1. */
function looseJoin(view: SentenceView, all: PlaceMention[], i: number, to: number): number {
  const prev = all[i]!;
  let j = i + 1;
  // (Skip the places an appositive names: "Lashkar Gah, the capital of Helmand province, and in ...".)
  while (j < all.length && all[j]!.end <= to) {
    const gap = view.body.slice(prev.end, all[j]!.start);
    const m = LOOSE_JOIN.exec(gap);
    if (m) {
      if (!m[1] && !m[2] && !m[3]) return -1;
      return looseEnd(view, all[j]!, !!m[2]) ? j : -1;
    }
    if (gap.length > 120) return -1;
    j++;
  }
  return -1;
}

/**
 * The place loosely joined ends its clause, or goes on only with a closing attribution ("..., officials said."). After
 * a first place with its own time, not one with another ("took Kunduz on Sunday and Taloqan on Monday": one date each).
 */
function looseEnd(view: SentenceView, m: PlaceMention, timed: boolean): boolean {
  const after = view.body.slice(m.end, Math.min(view.end, m.end + 120));
  if (timed && OWN_TIME.test(after)) return false;
  const a = view.attribution;
  if (a && a.phraseStart >= m.end && /^\s*,\s*$/.test(view.body.slice(m.end, a.phraseStart))) return /^(?:\s+on\s+\p{L}+day)?[\s.!?"”']*$/u.test(view.body.slice(a.phraseEnd, view.end));
  return LOOSE_END.test(after);
}
const OWN_TIME = /^\s+(?:on|last|this|early|late|since|overnight|yesterday|today|during|throughout|until|in\s+(?:early|late|mid-?)?\s*(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
