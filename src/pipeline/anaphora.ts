/**
 * Anaphora: which place "the city", "the district" or "the crossing" means. The last place of that kind named before
 * it, anywhere earlier in the article; but a reader loses track across a long stretch in which another place that
 * might be meant was named, so then nothing is read (a wrong place on the map is worse than none).
 */
import type { PlaceMention, PlaceType } from '../types';
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
  if ((gap.match(PARAGRAPH_BREAK) ?? []).length <= 1 || (gap.match(SENTENCE_END) ?? []).length <= ANAPHOR_REACH) return chosen;
  const same = (m: PlaceMention) => m.place.id === chosen.place.id || COUNTERPART_POSTS[m.place.id] === chosen.place.id;
  const between = [...candidates, ...rivals].some((m) => m.start >= chosen.end && m.end <= at && !same(m));
  return between ? null : chosen;
}

/** Mentions that could be read as `type` (by their reading or an alternative, in any country), adjectives aside. */
export function ofKind(mentions: PlaceMention[], type: PlaceType, at: number): PlaceMention[] {
  return mentions.filter((m) => m.end <= at && !m.adjective && (m.place.type === type || m.alternatives.some((a) => a.type === type) || (type === 'crossing' && COUNTERPART_POSTS[m.place.id] !== undefined)));
}
