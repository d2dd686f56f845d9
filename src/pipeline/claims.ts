/**
 * Claims of control: who holds a place, according to whom. Applies the lexicon in lexicon/control.ts to one sentence:
 * "seized/captured/overran X", "X fell to the Taliban", "X is in Taliban hands" → taliban; "recaptured/wrested back X",
 * "X remains under government control" → government; "fighting in X" → contested (only when the sentence claims
 * nothing firmer). A denial of a capture is a government claim by the one who denies. Figures ("over 200 districts",
 * "85 percent of the territory") make a national claim about the country, keeping the figure; extent words ("most of",
 * "the rest of") are kept.
 */
import type { Controller, ControlEvent, Place, PlaceMention, PlaceType } from '../types';
import { clauseEnd, clauseStart, dateFor, findLexiconHits, lexiconAlternation, listFrom, placeMentions, type SentenceView, type Trigger } from './clauses';
import { CONTROL_PHRASES, EXTENT_WORDS, FIGURE_UNITS, GOVERNMENT_WORDS, NON_TERRITORIAL_OBJECTS, TALIBAN_WORDS } from './lexicon/control';
import { CLAIM_NOUNS, CLAIM_OWNERS, FALSITY_WORDS, PARTIAL_EXTENTS, PARTIAL_SHARE } from './lexicon/control';
import { MEMBER_LIST_OPENERS, PLACE_CLASS_PLURALS } from './lexicon/control';
import { conditionalAfter, isBlocked } from './modality';
import { findCounts, type Count } from './numbers';
import { borderWith, countryPlace } from './places';
import { SPEAKER_TRAILING_WORDS, UNCONFIRMED_CLAIMANT } from './lexicon/attribution';
import { afghanSide, antecedent, calledTown, ofKind } from './anaphora';
import { inDateline } from './datelines';
import { subordinateSpeaker } from './attribution';
import { rejectedAs, talibanSpeaker } from './sides';
import { countrysPlaces, countrysPlacesIn, countrysRanked } from './locators';

const PHRASES = CONTROL_PHRASES;
const ALL = lexiconAlternation(PHRASES.map((p) => p.re));
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:(?:\w+ly|now|still|already|also|since|then|later|again)\s+)?$/i;
const CROSSING_WORDS = /\b(?:border crossings?|crossing points?|crossings?|border ports?|border posts?|ports?|border points?|border gates?|dry ports?)\b/i;
const BORDER_WORD = /\b(?:border|frontier)\b(?!\s+(?:crossings?|ports?|posts?|points?|towns?|areas?|districts?|guards?|police|forces|security|gates?))/i;
const NON_TERRITORIAL = new RegExp(`\\b(?:${NON_TERRITORIAL_OBJECTS.join('|')})\\b`, 'i');
const LATER_DENIAL = /[,;]\s+((?:but|and|while|however)\s+[^,;]{2,80}?)\s+(?:denied|rejected|dismissed|refuted)\s+(?:the|this|that|these|those|such|their|its|his)?\s*(?:claims?|reports?|it|this|that|assertion|statement)\b|,\s+((?:which|a claim)\s+[^,;]{2,80}?)\s+(?:denied|rejected|dismissed|refuted)\b/i;
const PASSIVE_DENIER = /^(?:that\s+|which\s+)?(?:was|were|is|are|has been|have been|had been)\b/i;
/** Adverbs and auxiliaries between a later denier and its verb ("but the governor flatly denied"): not the denier's name. */
const DENIER_TRAILING = new RegExp(`(?:\\s+(?:${SPEAKER_TRAILING_WORDS.join('|')}))+$`, 'i');
/** A time or channel between a later denier and its verb ("but the governor later on Monday denied", "in a statement"). */
const DENIER_ASIDE = /(?:\s+(?:(?:later|earlier|late|early)\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+in\s+an?\s+(?:statement|tweet|post|interview|message))+$/i;
/** A denier going on to its own words: "rejected the claim, saying ...". */
const GOES_ON = /,\s+(?:saying|adding|insisting|arguing|and (?:said|added|insisted))\b/i;
const TALIBAN_RX = new RegExp(`\\b(?:${TALIBAN_WORDS.join('|')})\\b`, 'i');
const GOVERNMENT_RX = new RegExp(`\\b(?:${GOVERNMENT_WORDS.join('|')})\\b`, 'i');
const FIGURE_RX = new RegExp(`^(?:${FIGURE_UNITS.map((u) => u.replace(/[%]/g, '%')).join('|')})\\b|^%`, 'i');
const TERRITORY_AFTER = /^\s*(?:of\s+)?(?:the\s+)?(?:afghan\s+|afghanistan['’]s\s+|the country['’]s\s+|its\s+)?(?:territor(?:y|ies)|country|land|districts?)\b/i;

const DIRECT_OBJECT = /^\s*(?:(?:most|much|all|parts?|large|vast|big|swaths?|swathes|areas?|territory|territories|the|rest|of|in|across|over|whole|half|two-thirds|districts?|several|many|some|key|more|control)\s+)*$/i;

type Draft = Omit<ControlEvent, 'id' | 'articleId' | 'quote' | 'quoteStart' | 'quoteEnd' | 'claimant' | 'outlet' | 'section'> & {
  /** Body offset of the trigger, for the claimant's scope (removed before export). */
  at: number;
  /** A claimant named inside the sentence for this event only (a later denial). */
  claimant?: string | null;
};

interface Found {
  place: Place;
  mention: PlaceMention | null;
  extent: string | null;
  figure: ControlEvent['figure'];
}

// Whether any extent word is there at all, in one test (most places have none before them) before the loop that picks one.
const ANY_EXTENT = new RegExp(EXTENT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));

function extentBefore(body: string, from: number, placeStart: number): string | null {
  const gap = body.slice(Math.max(from, placeStart - 40), placeStart).toLowerCase();
  if (!ANY_EXTENT.test(gap)) return null;
  for (const w of EXTENT_WORDS) {
    const i = gap.lastIndexOf(w);
    if (i >= 0 && /^[\s\w'’-]{0,30}$/.test(gap.slice(i + w.length))) return w;
  }
  return null;
}

const FRACTION = /\b(?:(more than|over|nearly|about|almost|around|at least|roughly)\s+)?(half|a third|one-third|one third|two-thirds|two thirds|a quarter|three-quarters|three quarters)\s+of\s+(?:the\s+)?(?:country|afghanistan|afghan territory|territory|its territory|the country's|afghanistan's)/i;
const HALF_THE = /\b(?:(more than|over|nearly|about|almost|around|at least|roughly)\s+)?half\s+the\s+(?:country|afghan territory|territory)\b/i;
const FRACTION_WORD = /half|third|quarter/i;
const FRACTION_VALUE: Record<string, number> = { half: 50, 'a third': 33, 'one-third': 33, 'one third': 33, 'two-thirds': 67, 'two thirds': 67, 'a quarter': 25, 'three-quarters': 75, 'three quarters': 75 };

/**
 * Every unit a count below may have (FIGURE_RX, TERRITORY_AFTER's districts and territory, a percent count's sign or
 * word) holds one of these, within 60 characters after the count.
 */
const FIGURE_WORD = /district|provinc|cent|%|territor|country/i;

/** A figure that makes a national claim, inside [from, to). */
const PROVINCE_SHARE = /^[^.;,]{0,40}?\b(?:the|this|that)\s+(?:province|district)\b/i;

function figureIn(view: SentenceView, from: number, to: number): Count | null {
  const text = view.body.slice(from, to);
  // (Every fraction FRACTION knows has one of these words: most clauses have none, found by a plain scan.)
  const fraction = FRACTION_WORD.test(text);
  const fr = fraction ? FRACTION.exec(text) : null;
  if (fr) return { start: from + fr.index, end: from + fr.index + fr[0].length, value: FRACTION_VALUE[fr[2]!.toLowerCase()]!, qualifier: fr[1]?.toLowerCase() ?? null, unit: 'percent' };
  // (A count is a figure only with a unit word or sign right after it: most clauses have none, found by a plain scan.)
  const counts = FIGURE_WORD.test(view.body.slice(from, to + 60)) ? findCounts(text, from) : [];
  for (const c of counts) {
    if (c.value === null) continue;
    const after = view.body.slice(c.end, c.end + 60);
    // "two of the country's biggest cities": a count of the places named, not of the country's districts or territory.
    const of = /^\s*of\s+(?:the\s+country|afghanistan)(?=['’]s)/i.exec(after);
    const held = of ? countrysPlaces(after.slice(of[0].length)) : null;
    if (held && !FIGURE_UNITS.includes(held)) continue;
    // "nine of the province's fourteen districts", "six districts in the province": a province's share, not the country's.
    if (PROVINCE_SHARE.test(after)) return null;
    if (c.unit === 'percent' || FIGURE_RX.test(after.trim()) || (c.unit && FIGURE_RX.test(c.unit))) return c;
    if (TERRITORY_AFTER.test(after) && /districts?|territor/i.test(after.slice(0, 40))) return c;
  }
  // "control half the country" (no "of"): only when the clause states no other figure first ("half" is a fraction word).
  const half = fr || !fraction ? null : HALF_THE.exec(text);
  if (half) return { start: from + half.index, end: from + half.index + half[0].length, value: 50, qualifier: half[1]?.toLowerCase() ?? null, unit: 'percent' };
  return null;
}

const MULTIWORD_UNITS = FIGURE_UNITS.filter((u) => u.includes(' ') && !u.startsWith('of ') && u !== 'per cent');

function figureOf(c: Count, body: string): NonNullable<ControlEvent['figure']> {
  const after = body.slice(c.end, c.end + 30).trim().toLowerCase();
  // A unit of two words stays whole ("34 provincial capitals"), others are their first word ("200 districts").
  const unit = c.unit === 'percent' || /^(?:%|percent|per cent)/.test(after) ? 'percent' : (MULTIWORD_UNITS.find((u) => after.startsWith(u)) ?? /^[\p{L} ]+/u.exec(after)?.[0].split(' ')[0] ?? c.unit ?? '');
  // "all 34 provincial capitals": every one of them.
  const qualifier = c.qualifier ?? (/\ball\s+$/i.test(body.slice(Math.max(0, c.start - 8), c.start)) ? 'all' : null);
  return { value: c.value!, unit, qualifier };
}

/** The foreign country a sentence names near a "border" word (mentions and locating adjectives). */
function foreignNear(view: SentenceView, at: number): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (const m of view.mentions) {
    if (m.place.country === 'AF' || m.place.type !== 'country') continue;
    const d = Math.abs(m.start - at);
    if (d < dist) {
      best = m.place.country;
      dist = d;
    }
  }
  return best;
}

/** "the border crossing (with Iran)": the crossing the article names, with that neighbour when one is given. */
export function crossingAnaphor(view: SentenceView, from: number, to: number): Place | null {
  const m = CROSSING_WORDS.exec(view.body.slice(from, to));
  return m ? crossingAt(view, from + m.index) : null;
}

/** The crossing a crossing word at body offset `at` stands for (crossingAnaphor, once the word is found). */
function crossingAt(view: SentenceView, at: number): Place | null {
  const neighbourMention = view.mentions.find((x) => x.start >= at && x.start < at + 60 && x.place.type === 'country' && x.place.country !== 'AF');
  const neighbour = neighbourMention?.place.country ?? null;
  // The article's crossings (with that neighbour): the first, and those named before the word (not in a dateline).
  // (One loop over the article's mentions, which this runs for each crossing word.)
  let first: PlaceMention | undefined;
  const before: PlaceMention[] = [];
  for (const x of view.places.mentions) {
    if (x.place.type !== 'crossing' || (neighbour && x.place.neighbour !== neighbour)) continue;
    first ??= x;
    if (x.start < at && !inDateline(view.body, x)) before.push(x);
  }
  if (before.length > 0) return neighbour ? before[before.length - 1]!.place : (antecedent(view.body, before, ofKind(view.places.mentions, 'crossing', at), at)?.place ?? null);
  if (neighbour && first) return first.place;
  return null;
}

const FOREIGN_AGENT = /\b(?:pakistani|pakistan's|iranian|iran's|tajik|uzbek|turkmen|chinese|russian|american|u\.s\.|nato|foreign|coalition|british|turkish|marines)\b/i;
const UNKNOWN_DISTRICT = /\p{Lu}[\p{L}'’-]+\s+(?:district|village)s?\s+(?:of|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:province\s+of\s+)?$/u;
/** Outposts and villages taken near a place: fighting there, not the place itself ("captured checkpoints around Kunduz"). */
const OUTPOSTS = /\b(?:checkpoints?|check posts?|outposts?|security posts?|posts|bases?|villages?)\s+(?:in|of|near|around|outside|on the outskirts of|on the edge of)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

const ANAPHOR_WORDS = /\b(?:the|a|this|that|western|eastern|northern|southern|central|key|strategic|provincial)\s+(?:(?:western|eastern|northern|southern|key|strategic|provincial|remote|besieged)\s+)?(city|town|provincial capital|district centre|district center|district headquarters|district|province)\b/i;
// A district's centre or headquarters stands for the district ("recaptured the district headquarters" after "Qaisar
// district fell"): the gazetteer has districts, rarely their centres.
const ANAPHOR_TYPE: Record<string, PlaceType> = { city: 'city', town: 'city', 'provincial capital': 'city', district: 'district', 'district centre': 'district', 'district center': 'district', 'district headquarters': 'district', province: 'province' };

/**
 * "the city", "western city", "the district", "took control of it": the place of that type the article is about,
 * named before in the body, or in the headline when the body has not named one yet (a standfirst).
 * @example placeAnaphor(view of 'Fighting in Ghazni. Troops retook the city.', trigger 'retook', …) → Ghazni (city)
 */
export function placeAnaphor(view: SentenceView, t: Trigger, from: number, to: number, side: 'after' | 'before'): Place | null {
  const win = view.body.slice(from, to);
  // "took control of it", or "it" as the subject of a state ("it was under the control of the security forces").
  const pronoun = (side === 'after' && /^\s+it\b/i.test(view.body.slice(t.end, t.end + 4))) || (side === 'before' && /(?:^|\s)it\s+(?:(?:is|was|has|had|remains|remained|still|now|been|also)\s+){0,2}$/i.test(win));
  const word = ANAPHOR_WORDS.exec(win);
  if (!word && !pronoun) return null;
  // A named place right after the word is not an anaphor ("the district of Shindand").
  if (word && /^\s+of\s+\p{Lu}/u.test(win.slice(word.index + word[0].length))) return null;
  const type: PlaceType = word ? ANAPHOR_TYPE[word[1]!.toLowerCase()]! : 'city';
  // "the provincial capital" after "Nimroz province": the capital of the province last named.
  if (word && word[1]!.toLowerCase() === 'provincial capital') {
    const provOrCity = (m: PlaceMention) => m.place.country === 'AF' && !m.adjective && (m.place.type === 'province' || m.place.type === 'city');
    // (Not a dateline's city; none in the body: the headline's province, "Afghans stream across Nimroz border".)
    const last = view.places.mentions.filter((m) => m.end <= Math.min(from, t.start) && provOrCity(m) && !inAttribution(view, m) && !inDateline(view.body, m)).pop() ?? view.places.headline.filter(provOrCity).pop();
    const capital = last?.place.type === 'province' && last.place.capital ? view.places.gazetteer.get(last.place.capital) : undefined;
    if (capital) return capital;
  }
  const reading = (m: PlaceMention): Place | undefined => (m.place.type === type ? m.place : m.alternatives.find((a) => a.type === type) ?? (type === 'city' ? calledTown(view.body, m) : undefined));
  const ok = (m: PlaceMention) => m.place.country === 'AF' && !m.adjective && reading(m) !== undefined;
  // The last one named before the anaphor, in this sentence too ("fleeing Sheberghan when the Taliban overran the city").
  const upTo = Math.min(from, t.start);
  let before = view.places.mentions.filter((m) => m.end <= upTo && ok(m) && !inAttribution(view, m) && !inDateline(view.body, m));
  // "the district" is a place named as a district, when there is one: not the town that shares a district's name
  // ("overran Dawlat Abad district ... forces pulled back to Maimana, the provincial capital ... the district had not fallen").
  if (type === 'district' && before.some((m) => m.place.type === 'district')) before = before.filter((m) => m.place.type === 'district');
  // (Not across a long stretch naming another place that might be meant: anaphora.ts.)
  if (before.length > 0) {
    const a = antecedent(view.body, before, ofKind(view.places.mentions, type, upTo), upTo);
    return a ? reading(a)! : null;
  }
  const head = view.places.headline.filter(ok);
  if (head.length > 0) return reading(head[0]!)!;
  // "captured the Torghundi crossing ... and now control most of the province": with no province named, the province
  // of the Afghan place named last before.
  if (type === 'province' && word) {
    const last = view.places.mentions.filter((m) => m.end <= upTo && m.place.country === 'AF' && !m.adjective && m.place.province && !inAttribution(view, m)).pop();
    const province = last ? view.places.gazetteer.get(last.place.province!) : undefined;
    if (province) return province;
  }
  return null;
}

function inAttribution(view: SentenceView, m: PlaceMention): boolean {
  const a = view.attribution;
  return !!a && m.start >= view.start && m.end <= view.end && m.start >= a.start && m.end <= a.end;
}

function borderAnaphor(view: SentenceView, from: number, to: number): Place | null {
  const win = view.body.slice(from, to);
  const m = BORDER_WORD.exec(win);
  if (!m) return null;
  const code = foreignNear(view, from + m.index);
  if (!code) return null;
  return borderWith(view.places.gazetteer, code) ?? null;
}

function eligible(view: SentenceView, m: PlaceMention): boolean {
  if (m.place.country !== 'AF' && m.place.type !== 'border') return false;
  if (view.places.regional.has(m)) return false;
  return true;
}

/** Places named for a trigger on one side, in order of preference. */
const PLACE_CLASSES = ['cities', 'towns', 'provincial capitals', 'district centres', 'district centers', 'urban centres', 'urban centers'];
const PLACE_CLASS = new RegExp(`\\b(?:(?:all|most|many|the|major|main|big|large|several)\\s+)*(?:${PLACE_CLASSES.join('|')})\\b`, 'i');
// PLACE_CLASS tries its optional words at every word of the clause; a match needs a class noun, found far faster alone.
const ANY_PLACE_CLASS = new RegExp(PLACE_CLASSES.join('|'), 'i');
/**
 * "all (the) (34) provincial capitals" right after the verb: every place of a class, not of a region ("all provincial
 * capitals in the north") nor of a relative clause ("all major cities they attacked").
 */
const ALL_OF_CLASS = /^\s+(?:of\s+)?all\s+(?:of\s+)?(?:the\s+)?(?:(?:country|afghanistan)['’]s\s+)?(?:\d+\s+)?(?:provincial capitals|provincial cent(?:re|er)s|major cities|(?:major\s+)?urban cent(?:re|er)s)\b(?!\s+(?:of|in|across|along|near|around|on|north|south|east|west|that|which|they|it|the|where)\b)/i;
/**
 * An anaphor right after a verb ("lost the city", "entered the border town"), not "the city of Herat", "the city's" or a
 * part of it ("held the district compound", "the city's airport").
 */
const ANAPHOR_OBJECT = /^\s+(?:the|this|that)\s+(?:(?:besieged|key|strategic|provincial|northern|southern|eastern|western|border|remote)\s+)?(city|town|district|provincial capital|border crossing|crossing|port)\b(?!['’]|\s+(?:of|in|near|compound|cent(?:re|er)s?|headquarters|police|governor|governor's|administration|building|offices?|market|bazaar|airport|prison|jail|hospital|council|gates?|outskirts|road|highway|areas?|chief|residents|officials)\b|-)/i;
const OBJECT_GAP = /^\s*(?:(?:the|a|key|strategic|northern|southern|eastern|western|central|provincial|capital|capitals|city|town|district|districts|province|of|border|crossing|centre|center|headquarters|also|both)\s+)*$/i;

function placesAt(view: SentenceView, t: Trigger, side: 'after' | 'before', needsFigure: boolean, directObject = false, nominal = false, firmOnly = true): Found[] {
  if (directObject) {
    const end = clauseEnd(view, t.end);
    const first = placeMentions(view, t.end, end).find((m) => eligible(view, m) && m.place.type !== 'country');
    if (!first || !OBJECT_GAP.test(view.body.slice(t.end, first.start))) {
      // "..., where the Taliban have taken several districts": a share of the clause's antecedent.
      const share = whereShare(view, t, end);
      if (share) return [share];
      // "had lost the city", "entered the town": an anaphor as the object is the place of that kind named before.
      // (Not after a noun, "the fall of the district": a story's later reflection on a fall, often of one of several named.)
      const anaphor = nominal ? null : ANAPHOR_OBJECT.exec(view.body.slice(t.end, t.end + 60));
      if (!anaphor) return [];
      const objectEnd = t.end + anaphor[0].length;
      const p = /cross|port/i.test(anaphor[1]!) ? crossingAnaphor(view, t.end, objectEnd) : placeAnaphor(view, t, t.end, objectEnd, 'after');
      return p ? [{ place: p, mention: null, extent: null, figure: null }] : [];
    }
    return listFrom(view, first, end).filter((m) => eligible(view, m) && m.place.type !== 'country').map((m) => ({ place: m.place, mention: m, extent: null, figure: null }));
  }
  let from: number;
  let to: number;
  if (side === 'after') {
    from = t.end;
    to = clauseEnd(view, t.end);
  } else {
    const cs = clauseStart(view, t.start);
    from = cs.start;
    to = t.start;
    // A relative clause ("Kohistan district which fallen to the militants"): the antecedent is before "which".
    if ((cs.opener === 'which' || cs.opener === 'that' || cs.opener === 'who') && placeMentions(view, from, to).filter((m) => eligible(view, m)).length === 0) {
      const prior = placeMentions(view, view.start, from).filter((m) => eligible(view, m));
      const last = prior[prior.length - 1];
      if (last && from - last.end < 40) return [{ place: last.place, mention: last, extent: null, figure: null }];
    }
  }
  // "in Kunduz province, where the Taliban have seized seven districts": a share of the relative clause's antecedent.
  if (side === 'after') {
    const share = whereShare(view, t, to);
    if (share) return [share];
  }
  const fig = figureIn(view, from, to);
  // "two districts of Helmand province": part of a named province, not a national figure.
  const partOf = fig ? placeMentions(view, fig.end, to).find((m) => eligible(view, m) && m.place.type !== 'country' && /^\s*(?:[\p{L}-]+\s+){0,2}(?:of|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:province of\s+)?$/iu.test(view.body.slice(fig.end, m.start))) : undefined;
  if (fig && partOf) {
    return [{ place: partOf.place, mention: partOf, extent: view.body.slice(fig.start, partOf.start).trim().toLowerCase(), figure: null }];
  }
  if (fig) {
    const named = placeMentions(view, from, Math.min(view.end, to + 60), { adjectives: true }).find((m) => m.place.type === 'country');
    const code = named?.place.country ?? 'AF';
    const p = countryPlace(view.places.gazetteer, code);
    if (p && code === 'AF') return [{ place: p, mention: null, extent: null, figure: figureOf(fig, view.body) }];
  }
  // "hold all 34 provincial capitals", "still controls all provincial capitals": every place of a class, as the object,
  // is a national claim (keeping the count when there is one, as its figure).
  if (side === 'after' && !fig && firmOnly) {
    const all = ALL_OF_CLASS.exec(view.body.slice(t.end, to));
    const af = all ? countryPlace(view.places.gazetteer, 'AF') : undefined;
    if (all && af) return [{ place: af, mention: null, extent: all[0].trim().toLowerCase().replace(/\s+/g, ' '), figure: null }];
  }
  if (needsFigure) return [];
  // A region or country is the place only as the object itself ("captured large swaths of territory in northern
  // Afghanistan"), not as the locative of an unnamed object ("a key district in western Afghanistan").
  const named = placeMentions(view, from, to).filter(
    (m, i, all) =>
      eligible(view, m) &&
      (side === 'before' || (m.place.type !== 'region' && m.place.type !== 'country') || DIRECT_OBJECT.test(view.body.slice(t.end, m.start))) &&
      // "Herat's Ghorian district": the possessor only locates the place that follows.
      !(/^['’]s\s/.test(view.body.slice(m.end, m.end + 3)) && all[i + 1] && all[i + 1]!.start - m.end < 40) &&
      // "Afghanistan's largest city in the north": the region only locates the city.
      !(m.place.type === 'region' && i > 0 && all[i - 1]!.place.type === 'country' && countrysPlacesIn(view.body.slice(all[i - 1]!.end, m.start))),
  );
  const firstNamed = named.find((m) => m.place.type !== 'country');
  // "retook the Dawlat Abad district in Faryab" when the gazetteer lacks that district: not a claim on the province.
  if (firstNamed && side === 'after' && firstNamed.place.type === 'province' && UNKNOWN_DISTRICT.test(view.body.slice(t.end, firstNamed.start))) return [];
  // (The crossing word is looked for once: crossingAnaphor would look again.)
  const crossingWordAt = CROSSING_WORDS.exec(view.body.slice(from, to));
  const crossing = crossingWordAt ? crossingAt(view, from + crossingWordAt.index) : null;
  if (firstNamed && !(crossing && crossingWordAt && from + crossingWordAt.index < firstNamed.start && firstNamed.place.type !== 'crossing' && side === 'after' && !/\bcalled\b|\bnamed\b/.test(view.body.slice(from + crossingWordAt.index, firstNamed.start)))) {
    // (A list as the subject too: "Kunduz, Taloqan and Sheberghan fell"; not a locative lead, "In Kunduz, Taloqan fell".)
    let list = listFrom(view, firstNamed, to);
    if (side === 'before' && list.length > 1 && /\b(?:in|at|near)\s+(?:the\s+)?$/i.test(view.body.slice(Math.max(view.start, firstNamed.start - 12), firstNamed.start)) && /^\s*,/.test(view.body.slice(firstNamed.end, firstNamed.end + 3))) list = list.slice(1);
    return list.filter((m) => eligible(view, m) && m.place.type !== 'country').map((m) => ({ place: m.place, mention: m, extent: extentBefore(view.body, from, m.start), figure: null }));
  }
  if (crossing) return [{ place: crossing, mention: null, extent: null, figure: null }];
  const city = placeAnaphor(view, t, from, to, side);
  if (city) {
    const w = ANAPHOR_WORDS.exec(view.body.slice(from, to));
    return [{ place: city, mention: null, extent: w && side === 'after' ? extentBefore(view.body, from, from + w.index) : null, figure: null }];
  }
  // "took control of the Afghan side of the frontier" right after "the Torkham crossing": that crossing.
  const sideOf = afghanSide(view, from, to);
  if (sideOf) return [{ place: sideOf, mention: null, extent: null, figure: null }];
  const border = borderAnaphor(view, from, to);
  if (border) {
    const at = from + (BORDER_WORD.exec(view.body.slice(from, to))?.index ?? 0);
    return [{ place: border, mention: null, extent: extentBefore(view.body, from, at), figure: null }];
  }
  // A country as the direct object ("took control of Afghanistan"), not a region of it ("northern Afghanistan").
  const country = named.find((m) => m.place.type === 'country');
  // ("captured Afghanistan's second-largest city": a city, not the country; "most of Afghanistan's districts" is.)
  const gap = country ? /^\s*(?:((?:all|the whole|the rest|most) of)\s+)?$/i.exec(view.body.slice(t.end, country.start)) : null;
  if (country && side === 'after' && gap && (gap[1] || !countrysPlaces(view.body.slice(country.end, country.end + 80)))) {
    return [{ place: country.place, mention: country, extent: extentBefore(view.body, from, country.start), figure: null }];
  }
  // "Major cities remain under government control": a claim about a class of places across the country.
  if (side === 'before') {
    const clause = view.body.slice(from, to);
    let cls = ANY_PLACE_CLASS.test(clause) ? PLACE_CLASS.exec(clause) : null;
    // (Not "Afghanistan's second- and third-largest cities fell": some of them, ranked.)
    const owner = cls ? /\b(?:afghanistan|the country)(['’]s\s[^,;]*)$/i.exec(clause.slice(0, cls.index + cls[0].length)) : null;
    if (owner && countrysRanked(owner[1]!)) cls = null;
    const af = cls ? countryPlace(view.places.gazetteer, 'AF') : undefined;
    if (cls && af) return [{ place: af, mention: null, extent: cls[0].toLowerCase(), figure: null }];
  }
  // "... a day after the group fought its way in": the place is earlier in the sentence.
  if (side === 'before') {
    const prior = placeMentions(view, view.start, from).filter((m) => eligible(view, m) && m.place.type !== 'country' && m.place.type !== 'region');
    const last = prior[prior.length - 1];
    if (last) return [{ place: last.place, mention: last, extent: null, figure: null }];
  }
  return [];
}

/** Between a place and the verb it is the subject of ("Herat fell", "Herat city, which had fallen"). */
const SUBJECT_GAP = /^\s*(?:(?:city|town|district|province|port|crossing|itself|also|finally|quickly|then)\s+)*(?:,?\s*(?:which|that)\s+(?:had\s+|has\s+)?)?$/i;
/** Between two places of a list ("Shahrak, Tulak and Saghar"). */
const LIST_GAP = /^\s*(?:provinces?|districts?|cities)?\s*(?:,|,?\s+and|,?\s+or|,?\s+as well as)\s*$/i;

/**
 * The places that are the subject of a verb like "fell": the one right before it, and those listed before that one
 * ("The districts of Shahrak, Tulak and Saghar fell").
 */
function subjectList(view: SentenceView, found: Found[], t: Trigger): Found[] {
  const named = found.filter((f) => f.mention).sort((a, b) => a.mention!.start - b.mention!.start);
  let k = named.length - 1;
  if (k < 0 || !SUBJECT_GAP.test(view.body.slice(named[k]!.mention!.end, t.start))) return [];
  while (k > 0 && LIST_GAP.test(view.body.slice(named[k - 1]!.mention!.end, named[k]!.mention!.start))) k--;
  return named.slice(k);
}

// --- "overran four districts in Ghor province, including Taiwara and Pasaband": the places listed of a class taken.
const CLASS_PLURAL_RX = new RegExp(`\\b(?:${PLACE_CLASS_PLURALS.join('|')})\\b`, 'gi');
const MEMBER_OPENER_RX = new RegExp(`(?:,\\s*|\\s+)(?:${MEMBER_LIST_OPENERS.join('|')})\\s+`, 'i');
/** Any opener at all, tried once per sentence (most have none). */
const ANY_MEMBER_OPENER = new RegExp(`\\b(?:${MEMBER_LIST_OPENERS.join('|')})\\b`, 'i');
/** Between the opener and the first place listed: "including the districts of", "among them the city of", "including in". */
const MEMBER_GAP = /^(?:in\s+)?(?:the\s+)?(?:(?:key\s+|strategic\s+|border\s+|provincial\s+)?(?:districts?|provinces?|cities|city|towns?|capitals?|crossings?)(?:\s+of\s+|,\s*|\s+))?$/i;
/**
 * Between the verb (or the clause start) and the class noun: counts, quantifiers and adjectives only; no preposition
 * or clause word ("captured weapons in several districts, including ...", "after attacks on cities such as ...").
 */
const CLASS_LEAD = /^[\s\p{L}\d,'’-]{0,50}$/u;
const CLASS_LEAD_BLOCK = /\b(?:in|at(?!\s+least)|near|from|on|across|around|with|for|to|into|by|and|or|after|before|while|when|where|who|which|that)\b/i;
/** After the class noun, up to the opener: a locative ("in Ghor province", "of northern Faryab"), or nothing. */
const CLASS_LOCATIVE = /^(?:\s+(?:of|in|across|around|near)\s+[^,;:.()]{1,50}?)?\s*$/;

/** The reading a class names ("several provinces, including Herat": the province, not the city). */
const CLASS_TYPE: Record<string, PlaceType> = { provinces: 'province', cities: 'city', towns: 'city', 'provincial capitals': 'city' };

interface Members {
  /** The places listed, claimed like the class. */
  places: Found[];
  /** Body offset after an opener that lists no place first ("among them one bordering Herat"): nothing after it is the object. */
  notAList: number | null;
}

/**
 * The places a claim lists as members of the class of places it names ("overran four districts in Ghor, including
 * Taiwara and Pasaband", "Several districts of Faryab, among them Qaisar, fell"): each is claimed like the class.
 * Only when the class noun is the object (after the verb) or the subject (before it), not "seized Taiwara, including its
 * police headquarters".
 * @example classMembers(view of 'The Taliban seized several districts of Faryab, among them Qaisar and Almar.', 'seized', 'after').places → [Qaisar, Almar]
 */
function classMembers(view: SentenceView, t: Trigger, side: 'after' | 'before'): Members {
  const none: Members = { places: [], notAList: null };
  const from = side === 'after' ? t.end : clauseStart(view, t.start).start;
  const limit = side === 'after' ? Math.min(view.end, t.end + 200) : t.start;
  const text = view.body.slice(from, limit);
  const open = MEMBER_OPENER_RX.exec(text);
  if (!open) return none;
  const listAt = from + open.index + open[0].length;
  const first = placeMentions(view, listAt, limit).find((m) => eligible(view, m));
  if (!first || first.place.type === 'country' || !MEMBER_GAP.test(view.body.slice(listAt, first.start))) return side === 'after' && from + open.index < clauseEnd(view, t.end) ? { places: [], notAList: listAt } : none;
  const head = text.slice(0, open.index);
  let cls: RegExpExecArray | null = null;
  CLASS_PLURAL_RX.lastIndex = 0;
  for (let m = CLASS_PLURAL_RX.exec(head); m; m = CLASS_PLURAL_RX.exec(head)) cls = m;
  // (The class noun in the verb's own clause: not "captured Taiwara, while fighting raged in several districts, ...".)
  if (!cls || (side === 'after' && from + cls.index >= clauseEnd(view, t.end))) return none;
  // (A subject after a sentence-opening place: "In Ghor, four districts, including ..., fell".)
  const lead = head.slice(0, cls.index).replace(side === 'before' ? /^\s*in\s+[^,;:]{1,40},/i : /^$/, '');
  if (!CLASS_LEAD.test(lead) || CLASS_LEAD_BLOCK.test(lead) || NON_TERRITORIAL.test(lead)) return none;
  if (!CLASS_LOCATIVE.test(head.slice(cls.index + cls[0].length))) return none;
  const type = CLASS_TYPE[cls[0].toLowerCase()];
  const to = side === 'after' ? Math.max(first.end, clauseEnd(view, first.end)) : t.start;
  const places = listFrom(view, first, to)
    .filter((m) => eligible(view, m) && m.place.type !== 'country' && m.place.type !== 'region')
    .map((m) => ({ place: (type && m.place.type !== type ? m.alternatives.find((a) => a.type === type) : undefined) ?? m.place, mention: m, extent: null, figure: null }));
  return { places, notAList: null };
}

/** A place and controller a sentence has claimed already (a sentence claims few: a list, no key string each). */
type Claim = { placeId: string; controller: Controller };
function claimed(seen: Claim[], placeId: string, controller: Controller): boolean {
  for (const c of seen) if (c.placeId === placeId && c.controller === controller) return true;
  return false;
}

/** Some mention of the sentence ends in (from, to]. */
function mentionEndsIn(view: SentenceView, from: number, to: number): boolean {
  for (const m of view.mentions) if (m.end > from && m.end <= to) return true;
  return false;
}

function agentController(view: SentenceView, t: Trigger, base: Controller, passive: boolean, required = false): Controller | null {
  if (base === 'contested') return base;
  let agent: string;
  if (passive) {
    const m = /^\s*(?:[\p{L}'’-]+\s+){0,5}?by\s+((?:\S+\s+){0,5}\S+)/iu.exec(view.body.slice(t.end, clauseEnd(view, t.end)));
    agent = m ? m[1]! : '';
  } else {
    const cs = clauseStart(view, t.start);
    agent = view.body.slice(cs.start, t.start);
    // "the Taliban, who now control ...": the subject of a relative clause is its antecedent.
    if (cs.opener === 'who' || cs.opener === 'which' || cs.opener === 'that') agent = view.body.slice(Math.max(view.start, cs.start - 45), t.start);
  }
  // "Afghan forces said they had ... remained in control": "they" is the speaker, not the Taliban.
  const a = view.attribution;
  // "The Taliban denied losing the district", "denied having lost", a headline's "Insurgents say control 85 percent":
  // the speaker is the subject of the verb right after its own.
  if (!passive && a && a.phraseEnd <= t.start && /^\s*(?:having\s+)?$/i.test(view.body.slice(a.phraseEnd, t.start))) agent = a.claimant;
  if (a && a.phraseEnd <= t.start && /^\s*they\b/i.test(view.body.slice(a.phraseEnd, a.phraseEnd + 12))) agent = agent.replace(/\bthey\b/gi, a.claimant);
  // "recaptured from the Taliban": the source of a recapture is not its agent.
  agent = agent.replace(/\bfrom the (?:taliban|militants|insurgents)\b/gi, '');
  const tal = TALIBAN_RX.test(agent);
  // "Pakistani soldiers patrol the Torkham crossing": a neighbour's forces are neither side of this war.
  if (!tal && (FOREIGN_AGENT.test(agent) || /\bUS\b/.test(agent))) return null;
  const gov = GOVERNMENT_RX.test(agent) && !/\bagainst (?:the )?(?:afghan )?(?:government|security)/i.test(agent);
  if (base === 'taliban' && gov && !tal) return 'government';
  if (base === 'government' && tal && !gov) return 'taliban';
  if (required && !tal) return null;
  return base;
}

/**
 * Control claims stated by one sentence.
 * @example findControlClaims(view of 'The Taliban seized Islam Qala.') → [{ place: 'Islam Qala', controller: 'taliban', … }]
 */
export function findControlClaims(view: SentenceView): Draft[] {
  const out: Draft[] = [];
  const hits = findLexiconHits(view, ALL);
  // (Most sentences the stages read claim nothing.)
  if (hits.length === 0) return out;
  const seen: Claim[] = [];
  const firm: Draft[] = [];
  const contested: Draft[] = [];
  const listOpener = ANY_MEMBER_OPENER.test(view.text);
  for (const { t, entry } of hits) {
    const phrase = PHRASES[entry]!;
    const rel = t.start - view.start;
    if (isBlocked(view.text, rel) || conditionalAfter(view.text, rel)) continue;
    // "Fighting could rage in Kunduz": a modal inside the phrase of fighting is a forecast.
    if (phrase.controller === 'contested' && MODAL_INSIDE.test(view.body.slice(t.start, t.end))) continue;
    // "is being captured" is passive, "are fighting to retake" is progressive (a participle in -ing is never passive).
    const passive = phrase.side === 'after' && !/^\S+ing\b/i.test(view.body.slice(t.start, t.end)) && PASSIVE_BEFORE.test(view.text.slice(Math.max(0, rel - 30), rel));
    let side: 'after' | 'before' = passive ? 'before' : phrase.side;
    // (Fighting "in all provincial capitals" is no claim about the country.)
    let found = placesAt(view, t, side, !!phrase.needsFigure, !!phrase.directObject && !passive, !!phrase.nominal, phrase.controller !== 'contested');
    // A participle without auxiliary ("a checkpoint recaptured from the Taliban, in Alishing"): either side.
    if (found.length === 0 && !phrase.needsFigure && !phrase.agentRequired && phrase.side === 'after' && !passive) {
      const preceding = view.text.slice(Math.max(0, rel - 25), rel);
      if (!TALIBAN_RX.test(preceding) && !GOVERNMENT_RX.test(preceding)) {
        side = 'before';
        // (Only places named in the 60 characters before the trigger are kept: with none there, nothing is.)
        found = mentionEndsIn(view, t.start - 60, t.start) ? placesAt(view, t, side, false).filter((f) => f.mention && f.mention.end > t.start - 60) : [];
      }
    }
    // "captured a Taliban commander in Kandahar", "seized 200 kg of heroin in Herat": people or goods, not ground.
    // (Fighting "to push Taliban insurgents out of Ghazni" names fighters on the way to its place.)
    if (side === 'after' && phrase.controller !== 'contested' && found[0]?.mention && NON_TERRITORIAL.test(view.body.slice(t.end, found[0].mention.start))) continue;
    // ("Herat, which fell on Friday": the antecedent of a relative clause is the subject too.)
    // ("The city fell on Sunday": an anaphor as the subject.)
    const anaphoricSubject = !!phrase.subjectPlace && found.length === 1 && !found[0]!.mention && /(?:\bthe\s+(?:[\p{L}-]+\s+)?(?:city|town|district|provincial capital|crossing|port)|\bit)\s*(?:also\s+|finally\s+|quickly\s+)?$/iu.test(view.body.slice(Math.max(view.start, t.start - 40), t.start));
    if (phrase.subjectPlace && !anaphoricSubject) found = subjectList(view, found, t);
    // "overran four districts in Ghor, including Taiwara and Pasaband": the places listed are claimed like the class.
    if (listOpener) {
      const members = classMembers(view, t, side);
      // ("seized several districts, among them one bordering Herat": Herat is not what was seized.)
      const cut = members.notAList;
      if (cut !== null) found = found.filter((f) => !f.mention || f.mention.start < cut);
      // (A place listed replaces the same mention read otherwise: "several provinces, including Herat" is the province.)
      for (const m of members.places) {
        found = found.filter((f) => f.mention !== m.mention);
        if (!found.some((f) => f.place.id === m.place.id)) found.push(m);
      }
    }
    if (found.length === 0) continue;
    // "handed X over to the Taliban": only with the Taliban as the recipient, after the place.
    if (phrase.toTaliban && !(found[0]?.mention && /^[^.;]{0,40}?\bto (?:the )?(?:taliban|militants|insurgents)\b/i.test(view.body.slice(found[0].mention.end, clauseEnd(view, t.end))))) continue;
    let controller = phrase.agentive ? agentController(view, t, phrase.controller, passive || !!phrase.nominal, phrase.agentRequired) : phrase.controller;
    if (!controller) continue;
    const outposts = side === 'after' && controller !== 'contested' && found[0]?.mention && OUTPOSTS.test(view.body.slice(t.end, found[0].mention.start)) && !/\b(?:most|much|large|all|half|rest)\b/i.test(view.body.slice(t.end, found[0].mention.start));
    if (outposts) controller = 'contested';
    if (phrase.loser) controller = controller === 'taliban' ? 'government' : 'taliban';
    let denial = false;
    const a = view.attribution;
    // (Not what the denier goes on to say: "rejected the claim, saying their fighters had captured X".)
    const denied = a && a.denial && t.start >= a.phraseEnd && !GOES_ON.test(view.body.slice(a.phraseEnd, t.start));
    if (denied && controller === 'taliban') {
      controller = 'government';
      denial = true;
    } else if (denied && phrase.loser) {
      // "The Taliban denied that they had lost control of Spin Boldak": the denier still holds it.
      controller = 'taliban';
      denial = true;
    } else if (denied && controller === 'government' && talibanSpeaker(a.claimant)) {
      // "A Taliban spokesman dismissed reports that the district had been retaken": the Taliban still hold it.
      controller = 'taliban';
      denial = true;
    }
    // "Reports that Islam Qala had fallen were dismissed by the ministry", "the Taliban's claim to have captured Zaranj
    // was false": a capture inside a claim the sentence denies is the denier's government claim.
    const reported = phrase.controller === 'taliban' && !phrase.loser ? reportedClaim(view, t) : null;
    if (reported?.hypothetical) continue;
    if (reported?.denied) {
      controller = 'government';
      denial = true;
    }
    // "Reports that the district had been retaken were dismissed by the Taliban", "the government's claim to have
    // retaken X was propaganda, the Taliban said": a government claim the Taliban deny is theirs.
    const rejected = phrase.controller === 'government' && !denial && controller === 'government' ? reportedClaim(view, t) : null;
    if (rejected?.denied && talibanSpeaker(rejected.denier ?? a?.claimant ?? '')) {
      controller = 'taliban';
      denial = true;
    }
    // A report no one is named for ("reports of Kunduz takeover", with no speaker) is not the article's own word.
    const reportOwner = denial ? (reported ?? rejected)?.denier : (reported?.owner ?? (reported && !view.attribution ? UNCONFIRMED_CLAIMANT : undefined));
    // ("..., hours after Afghan officials said commandos had recaptured it": theirs, not the sentence's speaker's.)
    const own = reportOwner ?? (denial ? undefined : (subordinateSpeaker(view.body.slice(Math.max(view.start, t.start - 160), t.start)) ?? undefined));
    const { date, precision } = dateFor(view, t);
    for (const f of found) {
      if (claimed(seen, f.place.id, controller)) continue;
      seen.push({ placeId: f.place.id, controller });
      const d: Draft = {
        kind: 'control',
        at: t.start,
        date,
        datePrecision: precision,
        place: f.place.name,
        placeId: f.place.id,
        placeType: f.place.type,
        country: f.place.country,
        controller,
        extent: f.extent,
        figure: f.figure,
        ...(denial ? { denial } : {}),
        ...(own ? { claimant: own } : {}),
      };
      (controller === 'contested' ? contested : firm).push(d);
      // The claim denied was the Taliban's own ("denied the Taliban's claim that ..."): the article reports it too.
      if (denial && reported?.owner && !claimed(seen, f.place.id, 'taliban')) {
        seen.push({ placeId: f.place.id, controller: 'taliban' });
        firm.push({ ...withoutDenial(d), controller: 'taliban', claimant: reported.owner });
      }
    }
  }
  // "..., a Taliban spokesman said, but the Afghan government denied the claim": the denier's government claim (and
  // "..., the ministry said, but the Taliban rejected the claim": theirs, sides.ts).
  // (Both sentence-wide tests below only matter when there is a claim for them to act on: most sentences have none.)
  const denial = firm.some((d) => d.controller === 'taliban' || d.controller === 'government') ? LATER_DENIAL.exec(view.text) : null;
  if (denial) {
    const at = view.start + denial.index;
    // ("but the governor flatly denied", "but the governor on Monday denied": the adverb and the day are not the denier's.)
    let denier = (denial[1] ?? denial[2]!).replace(/^(?:but|and|while|however|which|a claim)\s+/i, '').trim().replace(DENIER_TRAILING, '').replace(DENIER_ASIDE, '').replace(DENIER_TRAILING, '');
    // "..., which was denied by the ministry", "a claim that was later denied by ...": the agent of the passive denies;
    // the claim before the comma is not the denier's (the article's own voice, unless a speaker is named for it).
    const passive = PASSIVE_DENIER.test(denier) && view.attribution?.denial ? view.attribution : null;
    if (passive) denier = passive.claimant;
    for (const d of [...firm]) {
      if (d.at >= at) continue;
      if (passive && d.claimant === undefined) d.claimant = null;
      const as = rejectedAs(d.controller, denier);
      if (as) firm.push({ ...d, controller: as, denial: true, extent: null, claimant: denier });
    }
  }
  firm.push(...contraryClaims(view, firm));
  out.push(...firm);
  // Fighting is news only where no side is said to hold the place, and only fighting this war's sides take part in
  // (not "border guards clashed with smugglers").
  // (The parties test runs only when there is fighting to keep; beside a firm claim, only where that claim is partial.)
  if (contested.length > 0) {
    const parties = TALIBAN_RX.test(view.text) || GOVERNMENT_RX.test(view.text) || !/\b(?:between|with|against)\b/i.test(view.text);
    if (firm.length === 0 && parties) out.push(...contested);
    else if (parties) out.push(...contestedBesidePartial(firm, contested));
  }
  return rejectedHere(view, out);
}

/**
 * A claim rejected later in its own sentence: "The Taliban claimed Archi district, but the claim was rejected by the
 * police spokesman", "..., but the governor denied the claim". The rejecter is group 1 (passive) or group 2 (active).
 * (It needs one of CLAIM_NOUNS.)
 */
const REJECTED_HERE = /,?\s+(?:but|though|although|however,?)\s+(?:(?:the|this|that|their|its)\s+(?:claims?|reports?|assertions?)\s+(?:was|were|has been|have been|had been)\s+(?:(?:also|flatly|firmly|strongly|quickly|swiftly)\s+)?(?:denied|rejected|dismissed|refuted)\s+by\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,7}?)|((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,7}?)\s+(?:(?:also|flatly|firmly|strongly|quickly|swiftly)\s+)?(?:denied|rejected|dismissed|refuted)\s+(?:the|this|that|their|its)\s+(?:claims?|reports?|assertions?))(?=\s*(?:[,.;:]|$))/iu;

/**
 * The claims of `claims` rejected later in the same sentence (REJECTED_HERE) add the rejecter's claim; beside the
 * LATER_DENIAL of findControlClaims, which reads an active denial of its firm claims.
 */
function rejectedHere(view: SentenceView, claims: Draft[]): Draft[] {
  // "..., but the claim was rejected by the police spokesman": the rejecter's claim on each place claimed before.
  const rejected = claims.length > 0 && CLAIM_WORD.test(view.text) ? REJECTED_HERE.exec(view.text) : null;
  if (rejected) {
    const who = (rejected[1] ?? rejected[2])!;
    const at = view.start + rejected.index;
    for (const c of claims.slice()) {
      const as = c.at < at ? rejectedAs(c.controller, who) : null;
      if (!as || c.claimant === who) continue;
      // "..., rejected by the police spokesman, who said government forces were still in control of the district":
      // the claim after the rejection is the rejecter's.
      const own = claims.find((d) => d.placeId === c.placeId && d.controller === as);
      if (!own) claims.push(rejection(view, c, as, at, who));
      else if (own.at > at && own.claimant === undefined) own.claimant = who;
    }
  }
  return claims;
}

/**
 * The claim a rejection of `c` makes (sides.ts rejectedAs), here or in events.ts (a rejection of an earlier sentence's claim). A government denial keeps the day of the claim it denies;
 * the Taliban's "still in control" is of the day they say so.
 */
export function rejection(view: SentenceView, c: Draft, as: Controller, at: number, claimant: string): Draft {
  if (as === 'government') return { ...c, controller: 'government', denial: true, extent: null, figure: null, at, claimant };
  const { date, precision } = dateFor(view, { start: at, end: at });
  return { ...c, controller: as, denial: true, extent: null, figure: null, at, claimant, date, datePrecision: precision };
}

// --- "..., where the Taliban have seized seven districts": the share is of the place the clause hangs on.
const WHERE_BEFORE = /,\s+where\s+[^,;:]{0,60}$/i;
const SHARE_OBJECT = /^\s+((?:(?:more than|over|at least|nearly|about|almost|around)\s+)?(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|most|some|a few|a number of|half|all|dozens)\s+(?:of\s+(?:the|its)\s+)?(?:districts?|district centres|district centers|villages|neighbou?rhoods))\b(?!\s+(?:of|in|across|around)\b)/i;

/**
 * The antecedent of a "where" clause whose capture names a share but no place ("Fighting is raging in Kunduz
 * province, where the Taliban have seized seven districts"): that place, with the share as extent.
 */
function whereShare(view: SentenceView, t: Trigger, to: number): Found | null {
  const obj = SHARE_OBJECT.exec(view.body.slice(t.end, to));
  if (!obj) return null;
  const head = view.body.slice(view.start, t.start);
  const w = WHERE_BEFORE.exec(head);
  if (!w) return null;
  const at = view.start + w.index;
  const prior = placeMentions(view, Math.max(view.start, at - 80), at).filter((m) => eligible(view, m) && m.place.type !== 'country' && m.place.type !== 'region' && m.place.type !== 'border');
  const first = prior[0];
  if (!first) return null;
  return { place: first.place, mention: first, extent: obj[1]!.toLowerCase().replace(/\s+/g, ' '), figure: null };
}

// --- Reported claims (lexicon: CLAIM_NOUNS, CLAIM_OWNERS, FALSITY_WORDS).
const OWNER_SRC = `(?:the\\s+)?(?:${CLAIM_OWNERS.join('|')})`;
/** "reports that", "the Taliban's claim to have", "claims by the insurgents that", "claims of": a claim noun opening what it claims. */
const CLAIM_NOUN_RX = new RegExp(`(?:\\b(${OWNER_SRC})(?:['’]s?)?\\s+)?\\b(?:${CLAIM_NOUNS.join('|')})(?:\\s+(?:by|from)\\s+(${OWNER_SRC}))?\\s+(?:that|of|to|about)\\b`, 'gi');
const CLAIM_WORD = new RegExp(`\\b(?:${CLAIM_NOUNS.join('|')})\\b`, 'i');
/** The same within one comma-free stretch, for a capture that is itself the subject. */
const PASSIVE_DENIAL_NEAR = /^[^,.;:!?]{0,80}?\b(?:was|were|has been|have been|had been)\s+(?:(?:also|quickly|swiftly|flatly|firmly|strongly|later)\s+)?$/i;
/** "... were dismissed by": the denial verb of a passive denial follows its subject. */
const PASSIVE_DENIAL_GAP = /^[^.;:!?]{0,100}?\b(?:was|were|is|are|has been|have been|had been|being)\s+(?:(?:also|quickly|swiftly|flatly|firmly|strongly|later)\s+)?$/i;
const MODAL_INSIDE = /\b(?:could|would|may|might|will|shall|should|can|cannot)\b/i;
const MODAL_GAP = /\b(?:will|would|could|may|might|shall|should|can)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?$/i;
/** A headline drops the auxiliary ("Taliban claim to have seized Zaranj rejected by Kabul"). */
const BARE_GAP = /^[^,.;:!?]{0,80}$/;
/** "... was false", "... were baseless": a falsity word as the predicate of the claim. */
const FALSITY_AFTER = new RegExp(`^[^.;:!?]{0,100}?\\b(?:was|were|is|are|has been|have been|proved|proved to be|turned out to be)\\s+(?:(?:completely|totally|entirely|simply|utterly|also|clearly|all)\\s+)?["“‘']?(?:${FALSITY_WORDS.join('|')})\\b`, 'i');
/** "<speaker> called/termed/branded (as)" right before a claim noun; the speaker starts the clause. */
const CALLED_BEFORE = /(?:^|[,;:]\s*|\b(?:and|but|while)\s+)((?:[\p{L}'’.-]+\s+){1,6}?)(?:called|termed|branded|labell?ed|described)\s+(?:as\s+)?(?:(?:the|these|those|such)\s+)?$/iu;
/** "<speaker> described as baseless (the)" right before a claim noun. */
const DESCRIBED_FALSE_BEFORE = new RegExp(`(?:^|[,;:]\\s*|\\b(?:and|but|while)\\s+)((?:[\\p{L}'’.-]+\\s+){1,6}?)(?:called|termed|branded|labell?ed|described|denounced)\\s+as\\s+(?:${FALSITY_WORDS.join('|')})\\s+(?:(?:the|these|those|such)\\s+)?$`, 'iu');
/** A falsity word as the object's complement ("... had fallen propaganda", "... baseless"). */
const FALSITY_BARE = new RegExp(`\\b(?:${FALSITY_WORDS.join('|')})\\b`, 'i');
const HYPOTHETICAL_BEFORE = /\b(?:if|unless|whether)\b/i;
const CONTRARY_RX = new RegExp(`\\b(?:contrary to|despite|in spite of|notwithstanding)\\s+(?:(${OWNER_SRC})(?:['’]s?)?\\s+|the\\s+)?(?:claims?|assertions?)(?:\\s+(?:by|from|of)\\s+(${OWNER_SRC}))?`, 'i');
const PARTIAL = new Set(PARTIAL_EXTENTS);

export interface Reported {
  /** The Taliban side that owns the claim ("the Taliban" in "the Taliban's claim"), as written. */
  owner: string | undefined;
  /** The sentence denies the claim (a passive denial or a falsity word). */
  denied: boolean;
  /** The agent of a passive denial ("by the interior ministry"). */
  denier: string | undefined;
  /** "If reports that Zaranj had fallen are true": nothing is claimed. */
  hypothetical: boolean;
}

/**
 * The claim noun a trigger sits in, and what the sentence says of it.
 * @example reportedClaim(view of 'Reports that Islam Qala had fallen were dismissed by the ministry.', 'had fallen')
 *   → { owner: undefined, denied: true, denier: 'the ministry', hypothetical: false }
 */
export function reportedClaim(view: SentenceView, t: Trigger): Reported | null {
  const from = Math.max(view.start, t.start - 120);
  const before = view.body.slice(from, t.start);
  let last: RegExpExecArray | null = null;
  // (A plain scan for the nouns first: most triggers have none before them.)
  if (CLAIM_WORD.test(before)) {
    CLAIM_NOUN_RX.lastIndex = 0;
    for (let m = CLAIM_NOUN_RX.exec(before); m; m = CLAIM_NOUN_RX.exec(before)) last = m;
  }
  if (!last) {
    // "The fall of Zaranj was denied by the ministry", "That Zaranj had fallen was denied by the governor": the
    // capture is itself the subject of a passive denial (no comma between: not "..., which was denied").
    const a = view.attribution;
    if (a && a.denial && a.phraseStart >= t.end && PASSIVE_DENIAL_NEAR.test(view.body.slice(t.end, a.phraseStart))) return { owner: undefined, denied: true, denier: a.claimant, hypothetical: false };
    return null;
  }
  // The trigger must be inside what the noun claims, not in a later clause.
  const gap = before.slice(last.index + last[0].length);
  if (gap.length > 70 || /[;:()]|,\s+(?:but|while|and|as)\b/i.test(gap)) return null;
  const owner = (last[1] ?? last[2])?.trim();
  const hypothetical = HYPOTHETICAL_BEFORE.test(view.body.slice(view.start, from + last.index));
  const a = view.attribution;
  let denied = false;
  let denier: string | undefined;
  // "claims of X's capture will be rejected by ...": a forecast of a denial claims nothing either way.
  if (a && a.denial && a.phraseStart >= t.end && MODAL_GAP.test(view.body.slice(Math.max(t.end, a.phraseStart - 40), a.phraseStart))) return { owner, denied: false, denier: undefined, hypothetical: true };
  const bare = view.block.kind === 'headline' || view.block.kind === 'teaser';
  if (a && a.denial && a.phraseStart >= t.end && (PASSIVE_DENIAL_GAP.test(view.body.slice(t.end, a.phraseStart)) || (bare && BARE_GAP.test(view.body.slice(t.end, a.phraseStart))))) {
    denied = true;
    denier = a.claimant;
  } else if (FALSITY_AFTER.test(view.body.slice(t.end, view.end))) denied = true;
  else {
    // "Local officials called the Taliban's claim that Ghazni had fallen propaganda", "described as baseless the
    // reports that ...": the subject of "called" denies.
    const lead = view.body.slice(Math.max(view.start, from + last.index - 160), from + last.index);
    const called = CALLED_BEFORE.exec(lead);
    const described = called ? null : DESCRIBED_FALSE_BEFORE.exec(lead);
    if ((called && FALSITY_BARE.test(view.body.slice(t.end, clauseEnd(view, t.end)))) || described) {
      denied = true;
      denier = (called ?? described)![1]!.trim();
    }
  }
  return { owner, denied, denier, hypothetical };
}

/**
 * "Zaranj has not fallen, contrary to the Taliban's claims": the government claim of the sentence, and the Taliban's
 * claim it reports, owned by the Taliban.
 */
function contraryClaims(view: SentenceView, firm: Draft[]): Draft[] {
  if (firm.length === 0) return [];
  const m = CONTRARY_RX.exec(view.text);
  const owner = (m?.[1] ?? m?.[2])?.trim();
  if (!m || !owner) return [];
  const out: Draft[] = [];
  for (const d of firm) {
    if (d.controller !== 'government' || firm.some((x) => x.placeId === d.placeId && x.controller === 'taliban')) continue;
    out.push({ ...withoutDenial(d), controller: 'taliban', extent: null, claimant: owner });
  }
  return out;
}

function withoutDenial(d: Draft): Draft {
  const { denial: _denial, ...rest } = d;
  return rest;
}

/**
 * "Fierce fighting in Kunduz, where the Taliban have seized most of the city": a side holding part of a place leaves
 * the fighting there news, so the place is also contested.
 */
function contestedBesidePartial(firm: Draft[], contested: Draft[]): Draft[] {
  return contested.filter((c) => firm.some((f) => f.placeId === c.placeId && f.extent !== null && f.extent !== undefined && (PARTIAL.has(f.extent) || PARTIAL_SHARE.test(f.extent))));
}
