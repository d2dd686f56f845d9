/**
 * Anaphora: which place "the city", "the district" or "the crossing" means. The last place of that kind named before
 * it, anywhere earlier in the article; but a reader loses track across a long stretch in which another place that
 * might be meant was named, so then nothing is read (a wrong place on the map is worse than none).
 */
import type { Place, PlaceMention, PlaceType } from '../types';
import type { SentenceView } from './clauses';
import { COUNTERPART_POSTS } from './lexicon/movement';

/** Sentences back beyond which an antecedent outside the same or previous paragraph needs no rival in between. */
export const ANAPHOR_REACH = 3;

/** Sentence ends ("." "!" "?", maybe closing a quote) in a stretch of text. */
const SENTENCE_END = /[.!?]["”’)]*(?=\s|$)/g;
/** A paragraph break: a line break and the blank around it. */
const PARAGRAPH_BREAK = /\s*\n\s*/g;

/**
 * The antecedent of an anaphor at body offset `at`: the last of `candidates`, the places before it that can be read
 * as its kind (in text order). `rivals` are the other mentions before it that might be meant too (abroad, in a
 * speaker's words, the far post of another crossing: see ofKind). When the antecedent is more than ANAPHOR_REACH
 * sentences back, outside the same or previous paragraph, and a rival naming another place comes between: null.
 * @example antecedent(body of 'Forces attacked Kunduz. A. B. C.\nD.\nTalks in Doha.\nThey retook the city.', [Kunduz], [Doha], …) === null
 */
export function antecedent(body: string, candidates: PlaceMention[], rivals: PlaceMention[], at: number): PlaceMention | null {
  const chosen = candidates[candidates.length - 1];
  if (!chosen) return null;
  const gap = body.slice(chosen.end, at);
  if (!moreThan(PARAGRAPH_BREAK, gap, 1) || !moreThan(SENTENCE_END, gap, ANAPHOR_REACH)) return chosen;
  const same = (m: PlaceMention) => m.place.id === chosen.place.id || COUNTERPART_POSTS[m.place.id] === chosen.place.id;
  const between = [...candidates, ...rivals].some((m) => m.start >= chosen.end && m.end <= at && !same(m));
  return between ? null : chosen;
}

/** `rx` (global, never matching empty) matches `text` more than `n` times: counted only that far (the gap may be long). */
function moreThan(rx: RegExp, text: string, n: number): boolean {
  rx.lastIndex = 0;
  let count = 0;
  while (count <= n && rx.exec(text)) count++;
  rx.lastIndex = 0;
  return count > n;
}

/** Mentions that could be read as `type` (by their reading or an alternative, in any country), adjectives aside. */
export function ofKind(mentions: PlaceMention[], type: PlaceType, at: number): PlaceMention[] {
  return mentions.filter((m) => m.end <= at && !m.adjective && (m.place.type === type || m.alternatives.some((a) => a.type === type) || (type === 'crossing' && COUNTERPART_POSTS[m.place.id] !== undefined)));
}

/** "the Afghan side (of the border/frontier/crossing)", "the Afghan part of the crossing". */
const AFGHAN_SIDE = /\bthe\s+afghan\s+(?:side|part|end|half)\b(?:\s+of\s+(?:the\s+)?(?:border|frontier|(?:border\s+)?crossing)\b)?/i;

/**
 * "the Afghan side of the frontier" in [from, to) is the crossing named in the same sentence (the last before it, else
 * any) or in the sentence before: its Afghan post (a far post such as Chaman stands for Spin Boldak). Null when there
 * is no such phrase or no crossing so near (then "the border" keeps its own reading).
 * @example afghanSide(view of 'Pakistan closed the Torkham crossing after the Taliban took the Afghan side of the frontier.', …) → Torkham
 */
export function afghanSide(view: SentenceView, from: number, to: number): Place | null {
  const m = AFGHAN_SIDE.exec(view.body.slice(from, to));
  if (!m) return null;
  const at = from + m.index;
  const afghan = (x: PlaceMention): Place | undefined =>
    x.adjective ? undefined : x.place.type === 'crossing' && x.place.country === 'AF' ? x.place : COUNTERPART_POSTS[x.place.id] ? view.places.gazetteer.get(COUNTERPART_POSTS[x.place.id]!) : undefined;
  const inSentence = view.mentions.filter((x) => afghan(x));
  const here = inSentence.filter((x) => x.end <= at).pop() ?? inSentence[0];
  if (here) return afghan(here) ?? null;
  const prior = view.places.mentions.slice(0, view.mentionIndex).filter((x) => x.end <= view.start && afghan(x)).pop();
  if (!prior || moreThan(SENTENCE_END, view.body.slice(prior.end, view.start), 1)) return null;
  return afghan(prior) ?? null;
}

/** "the (border) town of X", "the city of X" just before or opening the mention: the text calls X a town. */
const TOWN_OF = /\b(?:town|city)\s+of\s+$/i;

/**
 * X as "the town"/"the city"/"it" reads it when the text has called it a town, whatever the gazetteer's first reading
 * (a crossing: "the border town of Spin Boldak"). Undefined otherwise.
 * @example calledTown(body 'the border town of Spin Boldak', mention Spin Boldak (crossing)) → the crossing
 */
export function calledTown(body: string, m: PlaceMention): Place | undefined {
  const lead = m.text.slice(0, Math.max(0, m.text.length - 1));
  return TOWN_OF.test(body.slice(Math.max(0, m.start - 24), m.start)) || /^(?:the\s+)?(?:border\s+)?(?:town|city)\s+of\s/i.test(lead) ? m.place : undefined;
}
