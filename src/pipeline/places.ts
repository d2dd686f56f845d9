/**
 * Places in an article, read in context: the gazetteer finds the mentions, and this stage picks the reading the
 * words around them ask for ("Herat province" → the province, "Farah, a city" → the city, "Kunduz, Takhar and
 * Baghlan provinces" → provinces), keeps one sense per name across the article, and resolves "the border crossing"
 * and "the border" to the crossing or border the article is about.
 */
import type { Gazetteer, Place, PlaceMention, PlaceType } from '../types';
import { isWhite } from './chars';

/** Compass words that make a country mention a region ("northern Afghanistan"), which the gazetteer may not have. */
const COMPASS = /\b(?:north|south|east|west|northern|southern|eastern|western|north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|southwestern|central)\s+(?:parts of\s+)?$/i;

export interface ArticlePlaces {
  gazetteer: Gazetteer;
  /** All mentions in the body, in order, each with its reading in context. */
  mentions: PlaceMention[];
  /** Mentions preceded by a compass word ("western Afghanistan"): regions, not the whole country. */
  regional: Set<PlaceMention>;
  /** Mentions in the headline (front-matter title), offsets into the title: context for "the city" in a standfirst. */
  headline: PlaceMention[];
}

function pick(m: PlaceMention, type: PlaceType): Place | undefined {
  if (m.place.type === type) return m.place;
  return m.alternatives.find((p) => p.type === type);
}

function withPlace(m: PlaceMention, p: Place): PlaceMention {
  if (p === m.place) return m;
  return { ...m, place: p, alternatives: [m.place, ...m.alternatives.filter((a) => a !== p)] };
}

/** Words right after (lower case) or before a mention that ask for a reading, in order of precedence. */
const CONTEXT_TYPES: { type: PlaceType; after: RegExp[]; before: RegExp[] }[] = [
  { type: 'province', after: [/^\s+provinces?\b/], before: [/\bprovinces? of\s+$/] },
  { type: 'district', after: [/^\s+districts?\b/], before: [/\bdistricts? of\s+$/] },
  { type: 'city', after: [/^\s+(?:city|town)\b/, /^,\s+(?:a|the)\s+(?:city|town|provincial capital|capital)\b/, /^,\s+(?:the\s+)?capital of\b/], before: [/\b(?:city|town) of\s+$/] },
  { type: 'crossing', after: [/^\s+(?:border\s+)?(?:crossing|port|post|gate)\b/], before: [] },
];
// Most mentions have none of these words around them: one test for any of them on each side first.
const ANY_AFTER = new RegExp(CONTEXT_TYPES.flatMap((c) => c.after.map((r) => r.source)).join('|'));
const ANY_BEFORE = new RegExp(CONTEXT_TYPES.flatMap((c) => c.before.map((r) => r.source)).join('|'));
/**
 * The letters (lower case) a word of CONTEXT_TYPES can start with, after a space (province, district, city, town,
 * border, crossing, port, post, gate) and after a comma and a space (a, the, capital): keep them in step with the
 * patterns. Before a mention, every pattern ends with "of" and a space.
 */
const AFTER_SPACE = 'pdctbg';
const AFTER_COMMA = 'atc';


/**
 * Whether body[from, from + 24) may match one of the "after" patterns: spaces (or a comma and spaces), then a letter
 * such a word starts with. Only a necessary condition, read on the characters, so that most mentions need no
 * slice and lower-casing; a letter outside ASCII is let through (lower-casing might make it one).
 */
function mayBeAfter(body: string, from: number): boolean {
  const to = Math.min(body.length, from + 24);
  let k = from;
  let letters = AFTER_SPACE;
  if (k < to && body.charCodeAt(k) === 44) {
    letters = AFTER_COMMA;
    k++;
  }
  if (k >= to || !isWhite(body.charCodeAt(k))) return false;
  while (k < to && isWhite(body.charCodeAt(k))) k++;
  if (k >= to) return false;
  const c = body.charCodeAt(k);
  return c >= 128 || letters.includes(String.fromCharCode(c | 32));
}

/** Whether body[to - 24, to) may match one of the "before" patterns: "of" and spaces at its end (see mayBeAfter). */
function mayBeBefore(body: string, to: number): boolean {
  const from = Math.max(0, to - 24);
  let k = to - 1;
  if (k < from || !isWhite(body.charCodeAt(k))) return false;
  while (k >= from && isWhite(body.charCodeAt(k))) k--;
  return k - 1 >= from && (body.charCodeAt(k) | 32) === 102 && (body.charCodeAt(k - 1) | 32) === 111;
}

const LIST_GAP = /^\s*(?:,|,?\s+and|,?\s+or)\s*$/;

/**
 * Whether body[from, to), the text between two mentions, joins them into a list: a comma, "and" or "or" (LIST_GAP).
 * Most gaps are prose, which a character outside spaces, commas and the letters of "and"/"or" rules out before
 * the slice and the regex.
 */
function listSeparator(body: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = body.charCodeAt(k);
    if (c < 128 && !isWhite(c) && c !== 44 && !'andor'.includes(String.fromCharCode(c))) return false;
  }
  return LIST_GAP.test(body.slice(from, to));
}

/**
 * Whether the 40 characters before a country mention may end with a COMPASS word: spaces at the end, and before
 * them a letter such a phrase ends with (north, east, western, central, "parts of"); a necessary condition only.
 */
function mayBeCompass(body: string, to: number): boolean {
  const from = Math.max(0, to - 40);
  let k = to - 1;
  if (k < from || !isWhite(body.charCodeAt(k))) return false;
  while (k >= from && isWhite(body.charCodeAt(k))) k--;
  if (k < from) return false;
  const c = body.charCodeAt(k);
  return c >= 128 || 'htnlf'.includes(String.fromCharCode(c | 32));
}

/** The reading asked for by the words right around a mention, if any. */
function typeFromContext(body: string, m: PlaceMention): PlaceType | null {
  const after = mayBeAfter(body, m.end) ? body.slice(m.end, m.end + 24).toLowerCase() : '';
  const before = mayBeBefore(body, m.start) ? body.slice(Math.max(0, m.start - 24), m.start).toLowerCase() : '';
  const a = after !== '' && ANY_AFTER.test(after);
  const b = before !== '' && ANY_BEFORE.test(before);
  if (!a && !b) return null;
  for (const c of CONTEXT_TYPES) if ((a && c.after.some((r) => r.test(after))) || (b && c.before.some((r) => r.test(before)))) return c.type;
  return null;
}

/**
 * Reads every mention of the body in context.
 * @example readPlaces(gaz, 'Fighting in Herat province.').mentions[0].place.type === 'province'
 */
export function readPlaces(gazetteer: Gazetteer, body: string, title = ''): ArticlePlaces {
  const raw = gazetteer.findMentions(body);
  const sense = new Map<string, PlaceType>();
  const out: PlaceMention[] = [];
  const regional = new Set<PlaceMention>();
  // listed[i]: mention i and the next are items of one list. Read once per pair (both loops below ask; the
  // readings keep the mentions' offsets).
  const listed: boolean[] = [];
  for (let i = 0; i + 1 < raw.length; i++) listed.push(listSeparator(body, raw[i]!.end, raw[i + 1]!.start));
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    let t = typeFromContext(body, m);
    // Lists share the type named after their last item: "Kunduz, Takhar and Baghlan provinces".
    if (!t) {
      let j = i;
      while (j + 1 < raw.length && listed[j]) j++;
      if (j > i) t = typeFromContext(body, raw[j]!);
    }
    let chosen = m;
    if (t) {
      const p = pick(m, t);
      if (p) {
        chosen = withPlace(m, p);
        sense.set(m.text.toLowerCase(), t);
      }
    } else if (sense.size > 0) {
      const key = m.text.toLowerCase();
      const s = sense.get(key);
      const p = s && pick(m, s);
      if (p) chosen = withPlace(m, p);
    }
    out.push(chosen);
    if (chosen.place.type === 'country' && mayBeCompass(body, m.start) && COMPASS.test(body.slice(Math.max(0, m.start - 40), m.start))) regional.add(chosen);
  }
  // A list with an unambiguous province in it is a list of provinces: "Kunduz, Takhar, Jowzjan".
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j + 1 < out.length && listed[j]) j++;
    if (j > i) {
      const items = out.slice(i, j + 1);
      const provinceOnly = items.some((m) => m.place.type === 'province' && !m.alternatives.some((a) => a.type === 'city' && a.country === 'AF'));
      if (provinceOnly) {
        for (let k = i; k <= j; k++) {
          const p = pick(out[k]!, 'province');
          if (p && !typeFromContext(body, out[k]!)) out[k] = withPlace(out[k]!, p);
        }
      }
    }
    i = j + 1;
  }
  return { gazetteer, mentions: withCapitals(gazetteer, body, out), regional, headline: title ? gazetteer.findMentions(title) : [] };
}

/** "the capital", "the Tajik capital", "the capital city": not "the capital of X", "the capital's", "capitals". */
const CAPITAL = /\b[Tt]he\s+(?:(\p{Lu}[\p{L}-]+)\s+)?capital(?:\s+city)?(?![\p{L}'’]|\s+of\b)/uy;

/**
 * The next match of CAPITAL in `body` at or after `from` (what a global CAPITAL.exec would give), read only around
 * each "capital": a match is "the", spaces, perhaps one word and spaces, then "capital", so it can start at two
 * places only, found by walking back over the spaces and the word; the sticky regex is tried there, leftmost first.
 */
function nextCapital(body: string, from: number): RegExpExecArray | null {
  for (let c = body.indexOf('capital', from); c >= 0; c = body.indexOf('capital', c + 1)) {
    let k = c - 1;
    if (k < 0 || !isWhite(body.charCodeAt(k))) continue;
    while (k >= 0 && isWhite(body.charCodeAt(k))) k--;
    // body[k] ends the word before "capital": "the" itself, or the word between "the" and "capital".
    let w = k;
    while (w >= 0 && !isWhite(body.charCodeAt(w))) w--;
    let t = w;
    while (t >= 0 && isWhite(body.charCodeAt(t))) t--;
    for (const start of [t - 2, k - 2]) {
      if (start < from || start < 0 || (start === t - 2 && t === w)) continue;
      CAPITAL.lastIndex = start;
      const m = CAPITAL.exec(body);
      if (m) return m;
    }
  }
  return null;
}

/**
 * The index of the first of `mentions` (in text order) that starts at or after `pos`, by binary search.
 * @example firstAtOrAfter(readPlaces(g, 'Herat and Kabul').mentions, 1) === 1
 */
export function firstAtOrAfter(mentions: readonly PlaceMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention that starts at `start` in `mentions` (in text order), if any. */
function mentionAt(mentions: readonly PlaceMention[], start: number): PlaceMention | undefined {
  const m = mentions[firstAtOrAfter(mentions, start)];
  return m && m.start === start ? m : undefined;
}

/**
 * Mentions of a national capital named by its role: "the Tajik capital" is Dushanbe, and a bare "the capital" is
 * Kabul, the capital of the country these articles are about, unless the last place its paragraph named before it
 * is abroad ("Talks opened in Iran. ... in the capital": Tehran may be meant, so nothing is read), or it is in
 * apposition to the place before ("Zaranj, the capital"). A country whose capital the gazetteer lacks gives nothing.
 * @example withCapitals(gaz, 'Thousands fled to the capital.', []) → [{ text: 'capital', place: Kabul, … }]
 */
function withCapitals(g: Gazetteer, body: string, mentions: PlaceMention[]): PlaceMention[] {
  const added: PlaceMention[] = [];
  let k = 0;
  for (let m = nextCapital(body, 0); m; m = nextCapital(body, m.index + m[0].length)) {
    const adjStart = m[1] ? m.index + m[0].indexOf(m[1]) : -1;
    const adj = m[1] ? mentionAt(mentions, adjStart) : undefined;
    if (m[1] && !(adj && adj.end === adjStart + m[1].length && (adj.adjective || adj.place.type === 'country'))) continue;
    while (k < mentions.length && mentions[k]!.end <= m.index) k++;
    // The last place named before, adjectives aside.
    let p = k - 1;
    while (p >= 0 && mentions[p]!.adjective) p--;
    const last = p >= 0 ? mentions[p] : undefined;
    // Only the paragraph's own places speak for which country is meant.
    const sameParagraph = last && !body.slice(last.end, m.index).includes('\n');
    if (!adj && last && sameParagraph && /^\s*,\s*$/.test(body.slice(last.end, m.index))) continue;
    const country = adj ? adj.place.country : sameParagraph && last.place.country !== 'AF' ? null : 'AF';
    const capital = country ? nationalCapital(g, country) : undefined;
    if (!capital) continue;
    const start = adj ? adjStart : m.index + m[0].search(/capital/);
    const end = m.index + m[0].length;
    added.push({ start, end, text: body.slice(start, end), place: capital, alternatives: [] });
  }
  if (added.length === 0) return mentions;
  // Both lists are in text order, and a mention that starts where an added one does gives way to it: merge them.
  const merged: PlaceMention[] = [];
  let a = 0;
  for (const x of mentions) {
    while (a < added.length && added[a]!.start < x.start) merged.push(added[a++]!);
    if (a < added.length && added[a]!.start === x.start) continue;
    merged.push(x);
  }
  while (a < added.length) merged.push(added[a++]!);
  return merged;
}

const capitalCache = new WeakMap<Gazetteer, Map<string, Place>>();
/** The national capital of `country` ("TJ" → Dushanbe), if the gazetteer has it. */
function nationalCapital(g: Gazetteer, country: string): Place | undefined {
  let map = capitalCache.get(g);
  if (!map) {
    map = new Map();
    for (const p of g.places) if (p.role === 'national-capital' && !map.has(p.country)) map.set(p.country, p);
    capitalCache.set(g, map);
  }
  return map.get(country);
}

const countryCache = new WeakMap<Gazetteer, Map<string, Place | undefined>>();
/** The country's own place ("country:AF"). Memoised per gazetteer: the stages ask for it at every trigger. */
export function countryPlace(g: Gazetteer, code: string): Place | undefined {
  let map = countryCache.get(g);
  if (!map) countryCache.set(g, (map = new Map()));
  if (!map.has(code)) map.set(code, g.get(`country:${code}`) ?? g.places.find((p) => p.type === 'country' && p.country === code));
  return map.get(code);
}

const borderCache = new WeakMap<Gazetteer, Map<string, Place>>();
/** The border between Afghanistan and `neighbour` ("border:AF-TJ"), if the gazetteer has it. */
export function borderWith(g: Gazetteer, neighbour: string): Place | undefined {
  let map = borderCache.get(g);
  if (!map) {
    map = new Map();
    for (const p of g.places) {
      if (p.type !== 'border') continue;
      const other = p.neighbour ?? (p.country !== 'AF' ? p.country : undefined) ?? /([A-Z]{2})$/.exec(p.id)?.[1];
      if (other && !map.has(other)) map.set(other, p);
    }
    borderCache.set(g, map);
  }
  return map.get(neighbour) ?? g.get(`border:AF-${neighbour}`);
}
