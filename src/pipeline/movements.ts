/**
 * Displacement movements: who moved, from where, to where, how many. Applies lexicon/movement.ts to one sentence:
 * "fled to/into X", "crossed into X", "entered X", "sought refuge in X", "granted refuge by the Pakistan Army",
 * "returned to X from Y". Origin and destination are countries, crossings, provinces or cities; "across the border"
 * is the border the article is about. Hypotheticals, forecasts, expected influxes, delegations' travel and troop
 * withdrawals are not movements (modality lexicon, excluded groups).
 */
import type { MovementEvent, Place, PlaceMention } from '../types';
import { isWhite } from './chars';
import { clauseEnd, clauseStart, dateFor, findLexiconHits, lexiconAlternation, placeMentions, type LexiconHit, type SentenceView, type Trigger } from './clauses';
import { BORDER_RIVERS } from './lexicon/movement';
import { ARRIVED_GROUP_WORDS, COUNTERPART_POSTS, EXCLUDED_GROUP_WORDS, GROUP_NOUNS, MOVEMENT_PHRASES, NEAR_TOWN_PREPS, VIA_PREPS } from './lexicon/movement';
import { EXPELLED_GROUP_WORDS } from './lexicon/movement';
import { conditionalAfter, isBlocked } from './modality';
import { findCounts, type Count } from './numbers';
import { countryPlace, firstAtOrAfter } from './places';
import { crossingAnaphor, placeAnaphor } from './claims';
import { reportedClaim } from './claims';
import { locatesPrevious } from './locators';

const PHRASES = MOVEMENT_PHRASES;
const ALL = lexiconAlternation(PHRASES.map((p) => p.re));
const GROUP_RX = new RegExp(`(?<![\\p{L}])(?:${GROUP_NOUNS.map((g) => g.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
const EXCLUDED = new Set(EXCLUDED_GROUP_WORDS);
const TRAVELLERS = /\b(?:officials|members|staff|employees|workers|students|representatives|leaders|people)$/i;
const DIPLOMACY = /\b(?:talks|meeting|meetings|negotiations|delegation|visit|visited|conference|summit|dialogue)\b/i;
// "to the centre of Herat", "to safety in Kabul", "to camps outside Mazar": the place after the part or refuge is it.
const DEST_PREP = /(?:^|\s)(?:to|into|in|at|across|towards?|for)\s+(?:the\s+|neighbou?ring\s+|neighbou?r\s+)*(?:(?:centre|center|outskirts|safety|camps?|parts?|city|town|capital)\s+(?:of|in|outside|near)\s+)?$/i;
const STRICT_DEST_PREP = /(?:^|\s)(?:to|into|towards?|across|for)\s+(?:the\s+|neighbou?ring\s+|neighbou?r\s+)*(?:(?:centre|center|outskirts|safety|camps?|parts?|city|town|capital)\s+(?:of|in|outside|near)\s+)?$/i;
const VIA_PREP = new RegExp(`(?:^|\\s)(?:${VIA_PREPS.join('|')})\\s+(?:the\\s+|[\\p{L}-]+\\s+){0,3}$`, 'iu');
// "fled their homes in Lashkar Gah": the homes' place is the origin; "fled the districts of Guzara and Injil" too.
const FROM_PREP = /(?:^|\s)(?:from|out of|fled|flee|flees|fleeing|escaped|escaping|leaving|left|deserted)\s+(?:the\s+|northern\s+|southern\s+|eastern\s+|western\s+|(?:districts?|provinces?)\s+of\s+|(?:their|his|her)\s+(?:homes?|villages?|houses?)\s+in\s+|(?:fighting|violence|clashes|war|conflict|insecurity|bombardment|shelling)\s+(?:in|around|near)\s+)*$/i;
const MILITARY = /\b(?:soldiers|troops|servicemen|personnel|policemen|police|commandos|forces|officers|guards)\b/i;
const ARRIVED = new RegExp(`\\b(?:${ARRIVED_GROUP_WORDS.join('|')})\\b`, 'i');
// "(illegally) near Termez": a preposition of nearness right before the town, a few adverbs between.
const NEAR_TOWN = new RegExp(`(?:^|\\s)(?:${NEAR_TOWN_PREPS.join('|')})\\s+(?:the\\s+(?:town|city|village)\\s+of\\s+|the\\s+)?$`, 'i');
const NO_ONE = /^(?:none|neither)\s+of\b/i;
const BORDER_RX = /\b(?:across|over|through|at|on)\s+the\s+(?:border|frontier)\b|\bthe\s+(?:border|frontier)\b/i;

type Draft = Omit<MovementEvent, 'id' | 'articleId' | 'quote' | 'quoteStart' | 'quoteEnd' | 'claimant' | 'outlet' | 'section'> & {
  /** Body offset of the trigger, for the claimant's scope (removed before export). */
  at: number;
};

interface Group {
  text: string;
  start: number;
  end: number;
  count: Count | null;
  foreign: boolean;
}

/**
 * An excluded word as a whole word of a lower-cased text (words: runs of letters and dots), in one test instead of
 * splitting the text into its words. (An entry that is not one such word, "tajik troops", is never a whole word.)
 */
const EXCLUDED_WORD = new RegExp(`(?<![\\p{L}.])(?:${[...EXCLUDED].filter((w) => /^[\p{L}.]+$/u.test(w)).map((w) => w.replace(/\./g, '\\.')).join('|')})(?![\\p{L}.])`, 'u');

/** A verb of compulsion: what stands before it is the agent ("The Taliban forced 5,000 families to flee"), not the group. */
const AGENT_VERB = /\b(?:forced|forcing|forces|compelled|compelling|drove|driven|driving|prompted|prompting|caused|causing|made)\s/gi;

/** `text` after its last verb of compulsion (all of it when it has none). */
function afterAgent(text: string): string {
  let cut = 0;
  AGENT_VERB.lastIndex = 0;
  for (let m = AGENT_VERB.exec(text); m; m = AGENT_VERB.exec(text)) cut = m.index + m[0].length;
  return cut === 0 ? text : text.slice(cut);
}

/** The modifiers before a group noun, as /((?:[\p{L}’'-]+\s+|and\s+|,\s*)*)$/u matches them (the regex, which tries every start, when the text has a surrogate). */
const MODIFIERS = /((?:[\p{L}’'-]+\s+|and\s+|,\s*)*)$/u;
const MODIFIER_CHAR = /[\p{L}’'-]/u;
function isModifierCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return MODIFIER_CHAR.test(s[i]!);
}

/**
 * Where MODIFIERS's match starts in `head`. Its match is a run of tokens (a word and the spaces after it, or a comma
 * and any spaces) ending at the end, and that parse is unique, so it is read backwards from the end in one pass: the
 * leftmost start is where the last token read begins.
 * @example modifiersStart('near the border, 1,000 Afghan security and customs ') === 23   // 'Afghan security and customs '
 */
export function modifiersStart(head: string): number {
  for (let k = 0; k < head.length; k++) {
    const c = head.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return head.length - MODIFIERS.exec(head)![1]!.length;
  }
  let start = head.length;
  for (;;) {
    let j = start;
    while (j > 0 && isWhite(head.charCodeAt(j - 1))) j--;
    if (j > 0 && head.charCodeAt(j - 1) === 44) start = j - 1;
    else if (j < start && j > 0 && isModifierCharAt(head, j - 1)) {
      start = j - 1;
      while (start > 0 && isModifierCharAt(head, start - 1)) start--;
    } else return start;
  }
}

/** The group phrase nearest before `at` (or after, for passives), with its count. */
function groupNear(view: SentenceView, from: number, to: number): Group | null {
  const text = view.body.slice(from, to);
  const nouns: RegExpExecArray[] = [];
  GROUP_RX.lastIndex = 0;
  for (let m = GROUP_RX.exec(text); m; m = GROUP_RX.exec(text)) nouns.push(m);
  if (nouns.length === 0) return null;
  // The head of the subject: the first noun with a count ("46 soldiers including five officers"), else the last.
  const counted = nouns.find((n) => {
    const before = view.body.slice(Math.max(from, from + n.index - 45), from + n.index);
    return findCounts(before).some((c) => /^[\s\p{L}’'-]{0,30}$/u.test(before.slice(c.end)) && !/\b(?:of|who|which|from|in|at|to|including)\b/i.test(before.slice(c.end)));
  });
  const last = counted ?? nouns[nouns.length - 1]!;
  let nounEnd = from + last.index + last[0].length;
  const nounStart = from + last.index;
  // "civilians and servicemen": a coordinated second noun belongs to the group.
  const next = nouns.find((n) => from + n.index > nounEnd && /^\s+and\s+(?:[\p{L}-]+\s+)?$/u.test(view.body.slice(nounEnd, from + n.index)));
  if (next) nounEnd = from + next.index + next[0].length;
  // Extend back over adjectives and coordinations ("Afghan security and customs officials").
  const head = view.body.slice(Math.max(from, nounStart - 60), nounStart);
  let start = nounStart - (head.length - modifiersStart(head));
  const counts = findCounts(view.body.slice(Math.max(from, start - 40), nounEnd), Math.max(from, start - 40));
  let count: Count | null = null;
  for (const c of counts) {
    const gap = view.body.slice(c.end, nounStart);
    if (/^[\s\p{L}’'-]{0,40}$/u.test(gap) && !/\b(?:of the|who|which|from|in|at|to)\b/i.test(gap.replace(/^\s*of\s/, ' '))) {
      count = c;
    }
  }
  if (count && count.start < start) start = count.end;
  let phrase = view.body.slice(start, nounEnd).replace(/^\s*(?:of|the|and|,)\s+/i, '').replace(/^FILE(?:\s+PHOTO)?\s*[-–—:]\s*/, '').trim();
  if (count) phrase = view.body.slice(count.end, nounEnd).replace(/^\s*(?:of)\s+/i, '').trim();
  // ("... had burned houses and forced families": the group is what the verb of compulsion moved.)
  phrase = afterAgent(phrase);
  const foreign = EXCLUDED_WORD.test(phrase.toLowerCase()) || EXCLUDED_WORD.test(afterAgent(view.body.slice(Math.max(from, nounStart - 30), nounEnd)).toLowerCase());
  return { text: phrase.slice(-80), start, end: nounEnd, count, foreign };
}

/** What may stand between a transitive verb and its object group ("deported some 300 Afghans", "sent back the families"). */
const OBJECT_GAP = /^\s*(?:(?:the|some|about|around|nearly|over|more than|at least|almost|up to|another|a further|dozens|hundreds|thousands|of)\s+)*$/i;

const EXPELLED = new RegExp(`\\b(?:${EXPELLED_GROUP_WORDS.join('|')})\\b`, 'i');

/** The people right after a transitive trigger ("pushed back 300 Afghans"), or null. */
function objectGroup(view: SentenceView, t: Trigger, end: number): Group | null {
  const g = groupNear(view, t.end, end);
  return g && EXPELLED.test(g.text) && OBJECT_GAP.test(view.body.slice(t.end, g.count ? g.count.start : g.start)) ? g : null;
}

/**
 * Where the origins of a trigger may start: after the verb of movement before it when a count of its own stands right
 * before this one ("1,200 fled Kunduz to Mazar-i-Sharif and 800 fled Takhar to Kabul": Takhar's, not Kunduz's), else
 * the clause start.
 */
function ownSubjectStart(view: SentenceView, hits: LexiconHit[], t: Trigger, cs: number): number {
  // The last hit ending in the clause before this one.
  let prev: Trigger | undefined;
  for (let k = hits.length - 1; k >= 0 && !prev; k--) if (hits[k]!.t.end <= t.start && hits[k]!.t.end > cs) prev = hits[k]!.t;
  return prev && ownCountBefore(view, prev.end, t.start) ? prev.end : cs;
}

/** A count stands right before `at`, after `from`, as the subject of the verb there ("and 800 (more) have fled"). */
function ownCountBefore(view: SentenceView, from: number, at: number): boolean {
  return findCounts(view.body.slice(from, at), from).some((c) => c.value !== null && /^\s*(?:(?:more|others|people|have|has|had|were|was)\s+)*$/i.test(view.body.slice(c.end, at)));
}

/**
 * "About 1,200 people fled Kunduz and Takhar to Mazar-i-Sharif", "35,400 refugees have arrived in Iran, Pakistan and
 * Tajikistan": one count for several flows is their total, not each one's. Each flow keeps the figure the sentence
 * states as its `count` (what the text says of it, as annotators record it) and is marked with `sharedCount`, the
 * same total, so a reader is told it is shared and the map never sizes an arrow by it (2,400 drawn where 1,200 moved).
 */
function shareCounts(shares: { draft: Draft; count: Count }[]): void {
  for (const { draft, count } of shares) {
    if (shares.filter((x) => x.count === count).length < 2) continue;
    draft.sharedCount = count.value!;
  }
}

/** "Most of them (have) fled": a share of a group named before as the whole subject, right before the verb. */
const PART_SUBJECT = /^(?:(?:most|many|some|half|all|nearly all|almost all|the majority|a majority|more than half|nearly half|about half) of (?:them|these|those)|the rest|the others)\s+(?:(?:have|has|had|were|was|are|also|already|reportedly|later|then|since|subsequently)\s+){0,3}$/i;

/** A count that is the whole subject of the trigger ("Thousands have fled", "about 2,000 crossed"), as a group. */
// ("1,100 more crossed into Iran": the count of a further group.)
function bareCountSubject(view: SentenceView, from: number, at: number): Group | null {
  const counts = findCounts(view.body.slice(from, at), from).filter((c) => /^\s*(?:(?:more|others)\s+)?(?:(?:have|has|had|were|was|are|also|already|reportedly|now|later|then|subsequently)\s+){0,3}$/i.test(view.body.slice(c.end, at)));
  const c = counts[counts.length - 1];
  if (!c) return null;
  return { text: '', start: c.start, end: c.end, count: c.value !== null ? c : null, foreign: false };
}

function isForeign(m: PlaceMention): boolean {
  return m.place.country !== 'AF';
}

const RIVER_RX = BORDER_RIVERS.map((r) => ({ rx: new RegExp(`\\b(?:${r.names.join('|')})\\b`, 'i'), neighbour: r.neighbour }));

/** The one neighbour across the river a phrase names ("the Panj river" → TJ), or null. */
function riverNeighbour(phrase: string): string | null {
  return RIVER_RX.find((r) => r.rx.test(phrase))?.neighbour ?? null;
}

/** "... denied X and said ...", "..., saying ...": the speaker goes on to state something of their own. */
const DENIAL_THEN_SAID = /\b(?:and|but)\s+(?:\w+\s+)?(?:said|added|says|adds|confirmed|stated)\b|,\s+(?:saying|adding|insisting)\b/i;

/**
 * A movement the sentence denies ("Tehran dismissed reports that Afghan soldiers had crossed into Iran", "reports
 * that refugees had entered Tajikistan were denied by ...", "... were false") or only supposes: not a movement.
 */
function deniedMovement(view: SentenceView, t: Trigger): boolean {
  const a = view.attribution;
  if (a && a.denial && a.phraseEnd <= t.start && !DENIAL_THEN_SAID.test(view.body.slice(a.phraseEnd, t.start))) return true;
  const r = reportedClaim(view, t);
  return !!r && (r.denied || r.hypothetical);
}

/** How far back (characters) "the border" may find the neighbour named by the sentence before. */
const PREVIOUS_REACH = 200;

const TURNED_BACK_WORDS = /\b(?:turned (?:back|away)|refused entry|denied entry|stopped|blocked|pushed back)\b/i;
/** "... were turned back/away", "were refused entry": what the movers' own verb of flight ran into. */
const TURNED_BACK_AFTER = /^[^.;!?]{0,120}?\b(?:were|was|are|is|have been|had been|being|got|(?:will|would|could|may|might) be)\s+(?:(?:all|later|then|eventually|quickly|forcibly|reportedly)\s+)?(?:turned (?:back|away)|refused entry|denied entry|stopped|blocked|pushed back)\b/i;

/**
 * A flight told as a participle or relative clause of a subject that was then turned back ("Afghans fleeing to
 * Pakistan were turned back", "families who reached the crossing were turned away"): not a movement.
 */
function turnedBack(view: SentenceView, t: Trigger): boolean {
  if (!TURNED_BACK_WORDS.test(view.text)) return false;
  const participle = /^\S+ing\b/i.test(view.body.slice(t.start, t.end));
  const opener = clauseStart(view, t.start).opener;
  if (!participle && opener !== 'who' && opener !== 'that') return false;
  return TURNED_BACK_AFTER.test(view.body.slice(t.end, view.end));
}

/** Verbs of flight that say people left a place even when no destination follows ("fled their homes in Kunduz"). */
const FLED_FROM = /^(?:fled|flee|flees|fleeing|displaced from|uprooted from|displaced (?:in|within))\b/i;
const HOMES_IN_ANAPHOR = /^\s+(?:(?:their|his|her)\s+(?:homes?|houses?|villages?)\s+in\s+)?the\s+(?:(?:provincial|besieged|northern|southern|eastern|western)\s+)?(?:city|town|district|province|provincial capital)\b/i;
const DISPLACED_IN = /^(?:displaced|uprooted) (?:in|within)$/i;

/**
 * "Thousands of families fled their homes in Kunduz": displacement from a named Afghan place with no destination, as a
 * movement to the country with `destinationUnknown` (soldiers leaving posts are not displaced people).
 * @example displacedInPlace(view of 'Thousands of families fled their homes in Kunduz.', 'fled', …) → { from: 'Kunduz', to: 'Afghanistan', destinationUnknown: true, … }
 */
function displacedInPlace(view: SentenceView, t: Trigger, group: Group, cs: number, end: number): Draft | null {
  if (!FLED_FROM.test(view.body.slice(t.start, t.end)) || MILITARY.test(group.text) || (!group.text && group.end <= group.start)) return null;
  const inside = (m: PlaceMention) => !isForeign(m) && m.place.type !== 'country' && m.place.type !== 'region' && m.place.type !== 'border';
  // "displaced in Kunduz province": the place right after is where they were driven from.
  const named = DISPLACED_IN.test(view.body.slice(t.start, t.end))
    ? placeMentions(view, t.end, end).find((m) => inside(m) && /^\s*(?:the\s+)?(?:[\p{L}-]+\s+)?$/u.test(view.body.slice(t.end, m.start)))
    : origins(view, cs, end).find(inside);
  // "fled their homes in the city", "fled the town": the place of that kind the article is about.
  const anaphor = !named && HOMES_IN_ANAPHOR.test(view.body.slice(t.end, Math.min(end, t.end + 50))) ? placeAnaphor(view, t, t.end, Math.min(end, t.end + 50), 'after') : null;
  const from = named?.place ?? anaphor;
  const af = countryPlace(view.places.gazetteer, 'AF');
  if (!from || !af || from.country !== 'AF') return null;
  const { date, precision } = dateFor(view, t);
  return {
    kind: 'movement', at: t.start, date, datePrecision: precision,
    from: from.name, fromId: from.id, fromCountry: from.country,
    to: af.name, toId: af.id, toCountry: af.country, via: null, viaId: null,
    group: group.text || null, count: group.count?.value ?? null, countQualifier: group.count?.qualifier ?? null, direction: 'flight',
    destinationUnknown: true,
  };
}

/** "to the provincial capital", "to the city": a destination named only by its kind (not "the city of X", "the city's"). */
const ANAPHOR_DEST = /\b(?:to|towards?|into|for)\s+the\s+(?:(?:nearby|neighbou?ring|provincial|local)\s+)?(provincial capital|provincial cent(?:re|er)|provincial seat|city|town)\b(?!['’]|\s+of\b)/i;
/** The same for a refuge taken "in (schools and mosques in) the city". */
const ANAPHOR_REFUGE = /\b(?:in|at)\s+(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?(?:in|at)\s+)?the\s+(?:(?:nearby|neighbou?ring|provincial|local)\s+)?(provincial capital|provincial cent(?:re|er)|provincial seat|city|town)\b(?!['’]|\s+of\b)/i;

/**
 * The destination of a flight from a named Afghan place "to the provincial capital" (the capital of that place's
 * province) or "to the city/town" (the last city of that province named before, else its capital); for a refuge,
 * "took shelter in (schools in) the city".
 * @example anaphoricDestination(view of 'Families fled the districts of Guzara and Injil to the provincial capital.', 'fled', …) → Herat (city)
 */
function anaphoricDestination(view: SentenceView, t: Trigger, cs: number, end: number, refuge: boolean): { place: Place; start: number; end: number } | null {
  // (From the trigger's start: its preposition may close it, "fled to | the city".)
  const m = (refuge ? ANAPHOR_REFUGE : ANAPHOR_DEST).exec(view.body.slice(t.start, end));
  if (!m) return null;
  const at = t.start + m.index;
  const origin = origins(view, cs, at).find((o) => o.place.country === 'AF' && o.place.type !== 'country' && o.place.type !== 'region' && o.place.type !== 'border');
  if (!origin) return null;
  const g = view.places.gazetteer;
  const province = origin.place.type === 'province' ? origin.place : origin.place.province ? g.get(origin.place.province) : undefined;
  if (!province) return null;
  const capital = province.capital ? g.get(province.capital) : undefined;
  let place: Place | undefined = capital;
  if (!/^provincial/i.test(m[1]!)) {
    const named = view.places.mentions.filter((x) => x.end <= origin.start && x.place.type === 'city' && x.place.province === province.id && !x.adjective).pop();
    place = named?.place ?? capital;
  }
  if (!place || place.id === origin.place.id) return null;
  return { place, start: at + m[0].length, end: at + m[0].length };
}

/** Destinations after a trigger: places introduced by a preposition (or the object of "entered"), in order. */
function destinations(view: SentenceView, t: Trigger, objectIsDestination: boolean, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of placeMentions(view, t.end, to, { adjectives: true })) {
    // "via Islam Qala in Herat province": the province only says where the crossing is.
    if (locatesPrevious(view, m)) continue;
    const gap = view.body.slice(Math.max(t.end, m.start - 40), m.start);
    const direct = objectIsDestination && /^\s*(?:the\s+|neighbou?ring\s+)*$/i.test(view.body.slice(t.end, m.start));
    if (m.adjective && !/^\s+(?:territory|soil|side|border|frontier)\b/i.test(view.body.slice(m.end, m.end + 20))) continue;
    // After a bare "fled", "in X" is where they fled from ("fled their homes in Kunduz"), not where to.
    const prep = objectIsDestination ? DEST_PREP.test(gap) : STRICT_DEST_PREP.test(gap);
    if (direct || prep) out.push(m);
    else if (out.length > 0 && /^\s*(?:,|,?\s+and)\s*$/.test(view.body.slice(out[out.length - 1]!.end, m.start))) out.push(m);
    else if (out.length > 0 && /^[\s,]*(?:and\s+)?[\d,.]+(?:\s+\w+)?\s+(?:have\s+|has\s+)?(?:gone\s+|went\s+|fled\s+)?(?:to|into|in)\s+$/i.test(view.body.slice(out[out.length - 1]!.end, m.start))) out.push(m);
  }
  return out;
}

function origins(view: SentenceView, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of placeMentions(view, from, to)) {
    if (locatesPrevious(view, m)) continue;
    const gap = view.body.slice(Math.max(from, m.start - 30), m.start);
    if (FROM_PREP.test(gap)) out.push(m);
    else if (out.length > 0 && /^\s*(?:provinces?\s*)?(?:,|,?\s+and)\s*$/.test(view.body.slice(out[out.length - 1]!.end, m.start))) out.push(m);
  }
  return out;
}

/**
 * The last crossing or border named from body offset `from` up to the end of the sentence, read backwards from there
 * (the article's mentions are in text order, so the first one found is the last).
 */
function lastCrossingOrBorder(view: SentenceView, from: number): PlaceMention | undefined {
  const mentions = view.places.mentions;
  // From the first mention starting at or after the sentence's end (none of those ends inside it), backwards.
  for (let k = firstAtOrAfter(mentions, view.end) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < from) break;
    if (m.end <= view.end && (m.place.type === 'crossing' || m.place.type === 'border')) return m;
  }
  return undefined;
}

/** The article's border or crossing that "the border" means, for a movement towards `neighbour` (or any). */
function borderOrigin(view: SentenceView, at: number, neighbour: string | null): Place | null {
  const x = crossingAnaphor(view, view.start, Math.min(view.end, at + 80));
  if (x && (!neighbour || x.neighbour === neighbour)) return x;
  const crossings = view.places.mentions.filter((m) => m.place.type === 'crossing' && m.start < view.end && (!neighbour || m.place.neighbour === neighbour));
  return crossings.length > 0 ? crossings[crossings.length - 1]!.place : null;
}

/** "into its territory", "onto its soil": the territory of the country the sentence is about. */
const ITS_TERRITORY = /\b(?:in|into|onto|on|to)\s+its\s+(?:own\s+)?(?:territory|soil)\b/i;

/**
 * "Uzbekistan said 84 Afghan soldiers had crossed the border into its territory": "its" is the first country the
 * sentence names (its speaker or subject), a destination only when that is a neighbour (not "Afghanistan said ... into
 * its territory", no flight abroad).
 * @example ownTerritory(view of 'Tajikistan says 1,000 Afghan servicemen fled onto its soil.', 'fled', …) → Tajikistan
 */
function ownTerritory(view: SentenceView, t: Trigger, group: Group, end: number): { place: Place; start: number; end: number } | null {
  // (From the verb's start: its preposition may close the trigger, "crossed into | its territory".)
  const m = ITS_TERRITORY.exec(view.body.slice(t.start, end));
  if (!m) return null;
  // (The speaker's words too: view.mentions, not placeMentions; not the movers' own "Afghan".)
  const first = view.mentions.find((x) => x.start < t.start && x.place.type === 'country' && !(x.start >= group.start && x.end <= group.end));
  if (!first || !isForeign(first)) return null;
  const at = t.start + m.index + m[0].length;
  return { place: first.place, start: at, end: at };
}

/** "entered the country", "crossed into the country" (not "the country's north"). */
const THE_COUNTRY = /^\s+(?:(?:in|into|to)\s+)?the\s+country\b(?!['’])/i;

/**
 * "In Pakistan, officials say more than 10,000 Afghans entered the country through Chaman": "the country" is the
 * neighbour a sentence-opening "In <country>," names; without such a lead, nothing.
 */
function leadCountry(view: SentenceView, t: Trigger, end: number): { place: Place; start: number; end: number } | null {
  const m = THE_COUNTRY.exec(view.body.slice(t.end, end));
  if (!m) return null;
  const first = view.mentions[0];
  if (!first || first.adjective || first.place.type !== 'country' || !isForeign(first) || first.start >= t.start) return null;
  if (!/^\s*["“‘]?in\s+(?:neighbou?ring\s+)?$/i.test(view.body.slice(view.start, first.start)) || !/^\s*,/.test(view.body.slice(first.end, first.end + 3))) return null;
  return { place: first.place, start: t.end + m[0].length, end: t.end + m[0].length };
}

/** "to their homes in", "back to their villages in": a home inside the country, right before the place. */
const HOMES_IN = /^\s*(?:(?:home|back)\s+)?(?:(?:in)?to\s+)?(?:their|his|her)\s+(?:own\s+|former\s+|original\s+|abandoned\s+)?(?:homes?|houses?|villages?|lands?|farms?|neighbou?rhoods?|home\s+(?:villages?|districts?|towns?|areas?))\s+(?:in|of|near|around)\s+(?:the\s+)?$/i;
/** Movers whose return is not a return of the displaced (officials to their offices, troops to their posts). */
const NOT_DISPLACED = /\b(?:officials|officers|staff|employees|governors?|ministers?|delegat\w*|envoys?|diplomats?|lawmakers|judges)\b/i;
const DISPLACED_GROUP = /\b(?:displaced|idps|evacuees|uprooted)\b/i;

/** Verbs of a return of one's own accord (not "deported", "sent back": those are sent by someone, from abroad). */
const OWN_RETURN = /^(?:returned|return|returns|returning|went|go|goes|going|gone|came|come|comes|coming)\b/i;

/**
 * A return of the displaced inside the country: "Some 400 families returned to their homes in Ghazni", "Displaced
 * families went back to Kunduz", "returned from Kabul to their villages in Ghazni". From the Afghan place named after
 * "from", else the country (as other movements with no origin named); to the Afghan place. Not soldiers or officials
 * going back to their posts.
 * @example homeReturn(view of 'Some 400 families returned to their homes in Ghazni.', 'returned to', …) → { from: Afghanistan, to: Ghazni }
 */
function homeReturn(view: SentenceView, t: Trigger, group: Group, cs: number, end: number): { from: Place; to: Place; via: Place | null } | null {
  const verb = view.body.slice(t.start, t.end);
  if (!OWN_RETURN.test(verb) || MILITARY.test(group.text) || NOT_DISPLACED.test(group.text)) return null;
  const displaced = DISPLACED_GROUP.test(group.text) || /\bhome\b/i.test(verb);
  let prevEnd = t.end;
  let to: PlaceMention | undefined;
  for (const m of placeMentions(view, t.end, end)) {
    const gap = view.body.slice(prevEnd, m.start);
    const afterVerb = prevEnd === t.end;
    prevEnd = m.end;
    if (isForeign(m) || m.place.type === 'country' || m.place.type === 'region' || m.place.type === 'border' || m.place.type === 'crossing') continue;
    // "to their homes in Ghazni"; a displaced group's (or a "home") "to Ghazni", right after the verb or after the origin.
    const directTo = afterVerb ? /(?:to|into|in)$/i.test(verb) && /^\s*(?:the\s+)?$/.test(gap) : /^\s*(?:in)?to\s+(?:the\s+)?$/i.test(gap);
    if (HOMES_IN.test(gap) || (displaced && directTo)) {
      to = m;
      break;
    }
  }
  if (!to) return null;
  const af = countryPlace(view.places.gazetteer, 'AF');
  const named = origins(view, cs, end).find((o) => !isForeign(o) && o.place.type !== 'country' && o.place.id !== to.place.id);
  const from = named?.place ?? af;
  return from ? { from, to: to.place, via: null } : null;
}

/**
 * A return: from abroad (the object of "returned from", a "from X", the foreign country named, or the crossing's
 * neighbour) to Afghanistan (the "to X" named, else the crossing, else the country).
 */
function returnFlow(view: SentenceView, objectIsOrigin: boolean, dests: PlaceMention[], via: Place | null, cs: number, end: number, g: SentenceView['places']['gazetteer'], triggerEnd: number): { from: Place; to: Place; via: Place | null } | null {
  let from: Place | null = null;
  let rest = dests;
  // The object of "returned from X" is the origin only when it is the object: in "deported from Iran to Herat"
  // the first destination found is Herat, after "to".
  if (objectIsOrigin && dests.length > 0 && /^\s*(?:the\s+)?$/i.test(view.body.slice(triggerEnd, dests[0]!.start))) {
    from = dests[0]!.place;
    rest = dests.slice(1);
  }
  from ??= origins(view, cs, end)[0]?.place ?? null;
  const crossing = via ?? placeMentions(view, view.start, view.end).find((m) => m.place.type === 'crossing')?.place ?? null;
  if (!from) {
    const foreign = placeMentions(view, view.start, view.end, { adjectives: true }).find((m) => isForeign(m) && m.place.type === 'country');
    from = foreign?.place ?? (crossing?.neighbour ? countryPlace(g, crossing.neighbour) ?? null : null);
    // "Iranian border guards pushed back 300 Afghans": the border's neighbour.
    const border = from ? undefined : placeMentions(view, view.start, view.end).find((m) => m.place.type === 'border' && m.place.neighbour);
    if (border) from = countryPlace(g, border.place.neighbour!) ?? null;
  }
  let to: Place | null = rest.find((m) => m.place.country === 'AF')?.place ?? null;
  if (!to || (to.type === 'country' && crossing && crossing.country === to.country)) to = crossing ?? to ?? countryPlace(g, 'AF') ?? null;
  if (!from || !to || from.id === to.id || from.country === to.country) return null;
  return { from, to, via: crossing && crossing.id !== to.id ? crossing : null };
}

/**
 * Movements stated by one sentence.
 * @example findMovements(view of 'More than 1,000 Afghan soldiers fled into Tajikistan.') → [{ fromCountry: 'AF', toCountry: 'TJ', count: 1000, … }]
 */
export function findMovements(view: SentenceView): Draft[] {
  const out: Draft[] = [];
  // Longest phrase first ("have gone to" before a shorter overlapping one): each is tried on its own span.
  const all = findLexiconHits(view, ALL);
  // (Most sentences the stages read state no movement.)
  if (all.length === 0) return out;
  const seen = new Set<string>();
  const g = view.places.gazetteer;
  const af = countryPlace(g, 'AF');
  const used: Trigger[] = [];
  for (const { t, entry } of all) {
    {
      const phrase = PHRASES[entry]!;
      if (used.some((u) => t.start < u.end && t.end > u.start)) continue;
      const rel = t.start - view.start;
      if (isBlocked(view.text, rel) || conditionalAfter(view.text, rel)) continue;
      if (deniedMovement(view, t)) {
        used.push(t);
        continue;
      }
      const cs = clauseStart(view, t.start).start;
      // "1,200 fled Kunduz to Mazar and 800 fled Takhar to Kabul": a later verb with a count of its own starts a new flow.
      // ("Families who fled to Kabul have returned to their homes in Kunduz": a later return's places are not the flight's.)
      const end = Math.min(clauseEnd(view, t.end, 220), all.find((h) => h.t.start >= t.end && (ownCountBefore(view, t.end, h.t.start) || (phrase.direction === 'flight' && PHRASES[h.entry]!.direction === 'return')))?.t.start ?? Infinity);
      // Who moved: the subject before the trigger, or (passive "were granted refuge") anywhere before it.
      const a = view.attribution;
      const subjectFrom = a && a.phraseEnd <= t.start ? a.phraseEnd : view.start;
      const clauseFrom = Math.max(cs, subjectFrom);
      // (The wider look only when it is wider: the same span again finds nothing again.)
      let group = groupNear(view, clauseFrom, t.start) ?? (clauseFrom > subjectFrom ? groupNear(view, subjectFrom, t.start) : null);
      if (!group && (phrase.refuge || phrase.groupAsObject)) group = groupNear(view, t.end, end);
      // "Iranian border guards deported 300 Afghans": the object right after a verb of expulsion moved, not its agent.
      else if (group && phrase.groupAsObject) group = objectGroup(view, t, end) ?? group;
      // "Iranian authorities deported more than 4,300 of them": a count of the group named before.
      if (!group && phrase.groupAsObject) {
        const c = findCounts(view.body.slice(t.end, Math.min(end, t.end + 40)), t.end).find((x) => x.value !== null && /^\s+of\s+(?:them|these|those)\b/i.test(view.body.slice(x.end, x.end + 12)) && /^\s*(?:[\p{L}]+\s+){0,2}$/u.test(view.body.slice(t.end, x.start)));
        if (c) group = { text: '', start: c.start, end: c.end, count: c, foreign: false };
      }
      // "Thousands have fled Badghis", "More than 5,000 crossed into Iran": a count alone as the subject.
      group ??= bareCountSubject(view, clauseFrom, t.start);
      // "Most of them fled to Iran": a part of the group the sentence before moved, as the subject.
      if (!group) {
        const part = PART_SUBJECT.exec(view.body.slice(view.start, t.start));
        if (part) group = { text: '', start: view.start, end: view.start + part[0].length, count: null, foreign: false };
      }
      if (!group) continue;
      if (group.foreign) continue;
      // "None of the families have returned", "none of the soldiers fled": no one moved.
      if (NO_ONE.test(group.text)) continue;
      // Officials travelling to talks are a delegation, not displaced people.
      if (TRAVELLERS.test(group.text) && DIPLOMACY.test(view.text)) continue;
      // Where to.
      // Refuge is taken "in" a place: the same prepositions as after a verb of arrival.
      let dests = destinations(view, t, !!phrase.objectIsDestination || !!phrase.refuge, end);
      // Across a border river only abroad: "crossed the river to reach Kunduz city" is no flight from the country.
      if (phrase.river && dests.some((d) => !isForeign(d))) {
        used.push(t);
        continue;
      }
      if (phrase.notAtBorder) dests = dests.filter((d) => d.place.type !== 'border' && !(d.adjective && /^\s+(?:border|frontier)\b/i.test(view.body.slice(d.end, d.end + 12))));
      if (phrase.subjectIsDestination) {
        // Only a neighbouring country receives (not "the city received aid"); the group must be the object.
        const host = view.mentions.filter((m) => m.end <= t.start && m.place.type === 'country' && isForeign(m) && !m.adjective).pop();
        if (!host || group.start < t.end || !/\b(?:refugees|afghans|asylum seekers|migrants|families|people|soldiers|servicemen|troops|personnel|civilians)\b/i.test(group.text)) {
          used.push(t);
          continue;
        }
        dests = [host];
      }
      if (phrase.refuge && dests.length === 0) {
        dests = placeMentions(view, view.start, view.end, { adjectives: true }).filter((m) => isForeign(m) && m.place.type === 'country' && !(m.start >= group!.start && m.end <= group!.end));
        dests = dests.slice(0, 1);
      }
      // The crossing passed through ("through the Islam Qala crossing", "over the bridge at Hairatan").
      const inClause = placeMentions(view, cs, end);
      let via: Place | null = inClause.find((m) => m.place.type === 'crossing' && VIA_PREP.test(view.body.slice(Math.max(cs, m.start - 40), m.start)))?.place ?? null;
      // "through Chaman": the post across the border stands for the Afghan crossing it faces.
      via ??= inClause
        .filter((m) => COUNTERPART_POSTS[m.place.id] && VIA_PREP.test(view.body.slice(Math.max(cs, m.start - 40), m.start)))
        .map((m) => g.get(COUNTERPART_POSTS[m.place.id]!))
        .find((p): p is Place => p !== undefined) ?? null;
      // "crossed into Pakistan at Chaman": the post across the border is the way in, not a second destination.
      if (dests.length > 1) dests = dests.filter((d) => !COUNTERPART_POSTS[d.place.id]);
      if (dests.some((d) => isForeign(d) && d.place.type === 'country')) {
        const xs = dests.filter((d) => d.place.type === 'crossing' && !isForeign(d));
        if (xs.length > 0) via ??= xs[0]!.place;
        dests = dests.filter((d) => !(d.place.type === 'crossing' && !isForeign(d)));
      }
      if (phrase.direction === 'return') {
        // "Some 400 families returned to their homes in Ghazni": a return of the displaced inside the country.
        const r = (phrase.namedDestination && !dests.some((d) => !isForeign(d)) ? null : returnFlow(view, phrase.objectIsOrigin === true, dests, via, cs, end, g, t.end)) ?? homeReturn(view, t, group, cs, end);
        if (r) {
          const key = `${r.from.id}|${r.to.id}`;
          if (!seen.has(key)) {
            seen.add(key);
            const { date, precision } = dateFor(view, t);
            const bare0 = group.count;
            out.push({
              kind: 'movement', at: t.start, date, datePrecision: precision,
              from: r.from.name, fromId: r.from.id, fromCountry: r.from.country,
              to: r.to.name, toId: r.to.id, toCountry: r.to.country,
              via: r.via?.name ?? null, viaId: r.via?.id ?? null,
              group: group.text || null, count: bare0?.value ?? null, countQualifier: bare0?.qualifier ?? null, direction: 'return',
            });
          }
        }
        // "crossed from Afghanistan into Iran" is no return: it is read on as a flight.
        if (r || !phrase.eitherWay) {
          used.push(t);
          continue;
        }
      }
      // "Afghans fleeing to Pakistan were turned back at Chaman": a flight stopped at the border did not happen.
      if (turnedBack(view, t)) {
        used.push(t);
        continue;
      }
      // Troops moving inside the country redeploy; only crossing a border makes soldiers displaced ("fled into Tajikistan").
      if (MILITARY.test(group.text) && dests.length > 0 && dests.every((d) => !isForeign(d)) && !phrase.refuge) {
        used.push(t);
        continue;
      }
      // "Most of the returnees were heading to Kabul": where a counted return goes on to, not a new flight.
      if (ARRIVED.test(group.text) && dests.every((d) => !isForeign(d))) {
        used.push(t);
        continue;
      }
      let dest: (PlaceMention | { place: Place; start: number; end: number })[] = dests;
      // "fled the districts of Guzara and Injil to the provincial capital", "fled Chora district to the city": the
      // capital (or the city named before) of the origin's province.
      if (dest.length === 0 && !MILITARY.test(group.text)) {
        const home = anaphoricDestination(view, t, cs, end, phrase.refuge === true);
        if (home) dest = [home];
      }
      // "Uzbekistan said 84 Afghan soldiers had crossed into its territory": the neighbour the sentence opens on.
      if (dest.length === 0) {
        const own = ownTerritory(view, t, group, end);
        if (own) dest = [own];
      }
      // "In Pakistan, officials say 10,000 Afghans entered the country": the country of the sentence's lead.
      if (dest.length === 0 && phrase.objectIsDestination) {
        const lead = leadCountry(view, t, end);
        if (lead) dest = [lead];
      }
      const borderWord = BORDER_RX.exec(view.body.slice(t.end, end));
      if (dest.length === 0 && borderWord) {
        // "fled across the border": the border or crossing named in this sentence or the one before.
        const x = lastCrossingOrBorder(view, view.start - 400)?.place ?? null;
        // Else the neighbour the sentence names ("Tajikistan said 1,037 soldiers fled across the border").
        const named = view.mentions.find((m) => isForeign(m) && m.place.type === 'country' && !(m.start >= group!.start && m.end <= group!.end));
        const n = x?.neighbour ? countryPlace(g, x.neighbour) : named?.place;
        if (n) dest = [{ place: n, start: t.end, end: t.end }];
      }
      // "... Tajikistan Bolsters Border ... | 1,000 Afghan personnel fled across the frontier": with no neighbour in the
      // sentence, the foreign country the sentence just before names (a teaser's headline).
      if (dest.length === 0 && borderWord) {
        const prev = view.places.mentions.filter((m) => m.end <= view.start && m.start >= view.start - PREVIOUS_REACH && isForeign(m) && m.place.type === 'country' && !m.adjective);
        const last = prev[prev.length - 1];
        if (last && prev.every((m) => m.place.country === last.place.country)) dest = [{ place: last.place, start: t.end, end: t.end }];
      }
      // "swam across the Panj": the river's one neighbour when the sentence names no destination.
      if (dest.length === 0 && phrase.river) {
        const n = riverNeighbour(view.body.slice(t.start, t.end));
        const p = n ? countryPlace(g, n) : undefined;
        if (p) dest = [{ place: p, start: t.end, end: t.end }];
      }
      // "crossed the border illegally near Termez": the foreign town's country is the destination, and the Afghan
      // crossing facing that town (Hairatan for Termez) the origin when the gazetteer knows it.
      let nearOrigin: Place | null = null;
      if (dest.length === 0 && /\bthe\s+(?:border|frontier)$/i.test(view.body.slice(t.start, t.end))) {
        const town = placeMentions(view, t.end, end).find((m) => isForeign(m) && m.place.type !== 'country' && !m.adjective && NEAR_TOWN.test(view.body.slice(Math.max(t.end, m.start - 40), m.start)));
        const n = town ? countryPlace(g, town.place.country) : null;
        if (town && n) {
          dest = [{ place: n, start: town.start, end: town.end }];
          const post = COUNTERPART_POSTS[town.place.id];
          nearOrigin = (post ? g.get(post) : undefined) ?? null;
        }
      }
      if (dest.length === 0) {
        const d = displacedInPlace(view, t, group, cs, end);
        if (d && !seen.has(`${d.fromId}|?`)) {
          seen.add(`${d.fromId}|?`);
          out.push(d);
        }
        continue;
      }
      // Where from.
      // "... in Kabul after fleeing Kunduz": the origin may sit in the clause that ends this one.
      const fledAfter = /^\s*(?:after|when|following)\s+(?:fleeing|leaving|escaping|they fled|they left)\b/i.test(view.body.slice(end, end + 40));
      const origs = origins(view, ownSubjectStart(view, all, t, cs), fledAfter ? clauseEnd(view, end + 10, 220) : end);
      // "10,800 have gone to Pakistan": a bare count right before the verb is this flow's count.
      const bare = findCounts(view.body.slice(group.end, t.start), group.end).filter((c) => c.value !== null && /^\s*(?:have|has|had|were|was)?\s*$/.test(view.body.slice(c.end, t.start)));
      const firstCount = bare.length > 0 ? bare[bare.length - 1]! : group.count;
      // Which flow took which count, for a count several flows share.
      const shares: { draft: Draft; count: Count }[] = [];
      for (let k = 0; k < dest.length; k++) {
        const d = dest[k]!;
        const toPlace = d.place;
        let fromPlaces: Place[] = origs.map((o) => o.place).filter((p) => p.id !== toPlace.id);
        // "have left the city for Herat": the city the article is about.
        if (fromPlaces.length === 0 && phrase.objectIsOrigin && /^\s+the\s+(?:(?:provincial|besieged|northern|southern|eastern|western)\s+)?(?:city|town|district|province|provincial capital)\b/i.test(view.body.slice(t.end, t.end + 40))) {
          const p = placeAnaphor(view, t, t.end, Math.min(end, t.end + 40), 'after');
          if (p && p.id !== toPlace.id) fromPlaces = [p];
        }
        if (fromPlaces.length === 0 && nearOrigin) fromPlaces = [nearOrigin];
        if (fromPlaces.length === 0) {
          const onBorder = /\bon the (?:border|frontier)\b|\bat the (?:border|frontier|crossing)\b/i.test(view.body.slice(cs, t.start)) || (borderWord && d.start === t.end);
          const x = onBorder ? borderOrigin(view, t.start, toPlace.country) : null;
          if (x) fromPlaces = [x];
          else if (af && (toPlace.country !== 'AF' || toPlace.type !== 'country')) fromPlaces = [af];
        }
        if (fromPlaces.length === 0) continue;
        // The count of this destination: the nearest count after the previous destination (or the group's).
        let count: Count | null = k === 0 ? firstCount : null;
        if (k > 0) {
          const prevEnd = dest[k - 1]!.end;
          const cs2 = findCounts(view.body.slice(prevEnd, d.start), prevEnd).filter((c) => c.value !== null);
          count = cs2.length > 0 ? cs2[cs2.length - 1]! : null;
          if (!count && /^\s*(?:,|,?\s+and)\s*$/.test(view.body.slice(prevEnd, d.start))) count = firstCount;
        }
        for (const fp of fromPlaces) {
          if (fp.id === toPlace.id) continue;
          const key = `${fp.country}|${toPlace.country}|${fp.id}|${toPlace.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const { date, precision } = dateFor(view, t);
          out.push({
            kind: 'movement',
            at: t.start,
            date,
            datePrecision: precision,
            from: fp.name,
            fromId: fp.id,
            fromCountry: fp.country,
            to: toPlace.name,
            toId: toPlace.id,
            toCountry: toPlace.country,
            via: via && via.id !== toPlace.id && via.id !== fp.id ? via.name : null,
            viaId: via && via.id !== toPlace.id && via.id !== fp.id ? via.id : null,
            group: group!.text || null,
            count: count?.value ?? null,
            countQualifier: count?.qualifier ?? null,
            direction: 'flight',
          });
          if (count?.value != null) shares.push({ draft: out[out.length - 1]!, count });
        }
      }
      shareCounts(shares);
      used.push(t);
    }
  }
  // One flow per origin and destination country pair and places: several verbs in a sentence state it once.
  // ("sought shelter in Kabul after fleeing Kunduz": the flight with a destination says where the fleeing went.)
  if (out.some((d) => d.destinationUnknown) && out.some((d) => !d.destinationUnknown && d.fromCountry === 'AF')) return out.filter((d) => !d.destinationUnknown);
  return out;
}
