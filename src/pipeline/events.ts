/**
 * The pipeline, composed in one place: article → sections → sentences → places → dates → attribution → control
 * claims, movements and context events. Every stage is a pure function in its own module; this one only wires them.
 */
import type { Article, Gazetteer, PlaceMention, SituationEvent } from '../types';
import { attribute, type Attribution } from './attribution';
import { findControlClaims } from './claims';
import type { SentenceView } from './clauses';
import { findContext } from './context';
import { findDates } from './dates';
import { CONTEXT_PHRASES } from './lexicon/context';
import { CONTROL_PHRASES } from './lexicon/control';
import { MOVEMENT_PHRASES } from './lexicon/movement';
import { SPEECH_VERBS } from './lexicon/attribution';
import { findMovements } from './movements';
import { readPlaces } from './places';
import { splitBlocks } from './sections';
import { splitSentences } from './sentences';

/** Longer "sentences" are not prose (tables, lists, a line of commas): no event is drawn from them. */
export const MAX_SENTENCE = 1500;

const ANY_TRIGGER = new RegExp(
  `(?<![\\p{L}])(?:${[...CONTROL_PHRASES, ...MOVEMENT_PHRASES, ...CONTEXT_PHRASES].map((p) => p.re).join('|')})(?![\\p{L}])`,
  'iu',
);
const ANY_SPEECH = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS.join('|')}|according to)(?![\\p{L}])`, 'iu');

function firstAtOrAfter(mentions: PlaceMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * All events of one article, in text order.
 * @example extractEvents(parseArticle('a', '---\npublished: 2021-07-08\n---\nThe Taliban seized Islam Qala.'), gaz)
 *   → [{ kind: 'control', place: 'Islam Qala', controller: 'taliban', date: '2021-07-08', claimant: null, … }]
 */
export function extractEvents(article: Article, gazetteer: Gazetteer): SituationEvent[] {
  const body = article.body;
  const blocks = splitBlocks(article);
  const places = readPlaces(gazetteer, body, article.title);
  const events: SituationEvent[] = [];
  let lastClaimant: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'boilerplate') continue;
    let captionDate: string | null = null;
    if (block.kind === 'caption') {
      const own = findDates(body.slice(block.start, block.end), article.published, block.start).find((d) => d.precision === 'day' && d.date && /\d{4}/.test(d.text));
      captionDate = own?.date ?? null;
    }
    const fallbackDate = block.kind === 'caption' && (block.file || captionDate)
      ? { date: captionDate, precision: 'day' as const }
      : { date: article.published, precision: 'day' as const };
    for (const s of splitSentences(body, block.start, block.end)) {
      if (s.end - s.start > MAX_SENTENCE) continue;
      const text = body.slice(s.start, s.end);
      const speech = ANY_SPEECH.test(text);
      const trigger = ANY_TRIGGER.test(text);
      if (!speech && !trigger) continue;
      const attribution: Attribution | null = speech ? attribute(text, lastClaimant, s.start) : null;
      if (attribution) lastClaimant = attribution.claimant;
      if (!trigger) continue;
      const i0 = firstAtOrAfter(places.mentions, s.start);
      const i1 = firstAtOrAfter(places.mentions, s.end);
      const mentions = places.mentions.slice(i0, i1).filter((m) => m.end <= s.end);
      // National claims need no place mention ("they hold over 200 districts").
      if (mentions.length === 0 && !/\d|percent|per cent/.test(text)) continue;
      const view: SentenceView = {
        articleId: article.id,
        body,
        start: s.start,
        end: s.end,
        text,
        block,
        mentions,
        mentionIndex: i0,
        places,
        attribution,
        dates: findDates(text, article.published, s.start),
        fallbackDate,
        published: article.published,
      };
      let claimant = attribution?.claimant ?? null;
      if (!claimant && block.kind === 'caption') claimant = block.credit ? `photo caption (${block.credit})` : 'photo caption';
      const base = {
        id: '',
        articleId: article.id,
        quote: text,
        quoteStart: s.start,
        quoteEnd: s.end,
        claimant,
        outlet: article.source,
        section: block.kind,
      };
      // An attribution covers what follows its verb, or the whole sentence when it closes it ("..., X said.");
      // "X captured Y as the government says ..." is the article's own voice about the capture.
      const claimantAt = (at: number): string | null => {
        if (!attribution || attribution.final || at >= attribution.phraseEnd || attribution.phraseStart <= at) return claimant;
        return block.kind === 'caption' ? claimant : null;
      };
      for (const { at, ...e } of findControlClaims(view)) events.push({ ...base, claimant: claimantAt(at), ...e });
      for (const { at, ...e } of findMovements(view)) events.push({ ...base, claimant: claimantAt(at), ...e });
      for (const { at, ...e } of findContext(view)) events.push({ ...base, claimant: claimantAt(at), ...e });
    }
  }
  return events;
}
