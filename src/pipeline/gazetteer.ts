/**
 * The lookup API over the shipped gazetteer (data/geo/gazetteer.json + data/geo/provinces.geojson): find place
 * mentions in a text, look a name up, find the province of a coordinate. Pure; runs in Node and the browser.
 *
 * Matching: every name, alias and adjective of every place is folded to token keys (names.ts) and put into one
 * token trie, built once by createGazetteer. findMentions walks the text's tokens once, taking at each position
 * the longest name in the trie (so "Tajik-Afghan border" wins over "Tajik", "Herat province" over "Herat").
 * Offsets are those of the original text (tokens keep them), so the mention text is a verbatim substring.
 *
 * Disambiguation rule (the same words naming several places), in order:
 *  1. A type word written with the name decides the type: "Herat province", "province of Herat" → province;
 *     "Alishing district" → district; "Kabul city", "Kandahar airport" → city (an airport, airfield or air base
 *     named for a city stands for that city); "Islam Qala crossing" / "border crossing" → crossing.
 *     The type word is part of the mention; a plural one carries over a list ("Herat and Badghis provinces").
 *  2. Otherwise the bare name ranks places by what a reader most likely means:
 *     country > national or provincial capital > province > border crossing > border > a city we curated abroad
 *     > district seat > district > other town > region.
 *     So bare "Herat" and "Kabul" are the cities (their provinces are alternatives), "Badghis" is the province
 *     (no town of that name), "Islam Qala" is the crossing (the village is an alternative), and a district seat
 *     is preferred to its district ("X district" still gives the district, by rule 1).
 *     Spelling first across countries: when a name folds to places of different countries, a place that lists the
 *     name as written (case and diacritics aside) ranks above the others: "Zabol" is the Iranian town across from
 *     Zaranj, "Zabul" the Afghan province (each is an alternative of the other).
 *  3. Ties (e.g. the three "Kohistan" districts) go to the place inside a province the same text names without
 *     ambiguity; then to the lower id, so results are stable.
 *  4. A single-word name must be capitalised in the text ("Bati" the town, not "bati"), and is never a common
 *     English word (the build drops GeoNames names that are; the shipped stopword list stops words that merely
 *     fold like a name, "MORE" ~ Murree; a word of up to three letters must be spelled as listed, "OS" is not "US"),
 *     so ordinary prose does not become places. A region is not read in
 *     "the north of Kabul" (that is relative to Kabul).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import type { Gazetteer, Place, PlaceMention, PlaceType } from '../types';
import { asciiName, foldWord, joinedInfo, nameKey, scanWords, tokenize, type NameToken, type WordInfo, type WordRun } from './names';

/** Properties of a province feature in data/geo/provinces.geojson. */
export interface ProvinceProperties {
  /** "prov:AF-HER" */
  id: string;
  name: string;
  /** ISO 3166-2, "AF-HER". */
  iso: string;
  /** Place id of the provincial capital. */
  capital: string;
}

export type ProvinceCollection = FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;

/**
 * A place as data/geo/gazetteer.json ships it: a Place, and `approximate` when its point is only an estimate
 * (a district centre placed by hand, ±10–40 km as its geo/districts.csv row says) rather than a GeoNames place.
 */
export interface GazetteerPlace extends Place {
  approximate?: true;
}

/** The shape of data/geo/gazetteer.json. */
export interface GazetteerFile {
  places: GazetteerPlace[];
  /** Lower-case English words that are never a one-word place mention ("more" folds like "Murree"). */
  stopwords: string[];
}

/** Everything createGazetteer needs: the places, the stopwords and the province polygons. */
export interface GazetteerData {
  places: Place[];
  stopwords?: string[];
  provinces: ProvinceCollection;
}

/** Type words that, written with a name, pin its type; with the forms they take around the name. */
const QUALIFIERS: Record<PlaceType, { after: string[]; before: string[] }> = {
  province: { after: ['province', 'provinces'], before: ['province of'] },
  district: { after: ['district', 'districts'], before: ['district of'] },
  city: { after: ['city', 'town', 'airport', 'international airport', 'airfield', 'air field', 'air base', 'airbase'], before: ['city of', 'town of'] },
  crossing: {
    after: ['crossing', 'border', 'border crossing', 'border point', 'border post', 'crossing point', 'port', 'dry port', 'border port',
      'gate', 'border gate', 'bridge', 'customs', 'customs post', 'border town', 'border market'],
    before: ['border crossing of', 'crossing of', 'border town of', 'port of', 'dry port of', 'border post of', 'crossing at', 'border crossing at'],
  },
  border: { after: [], before: [] },
  country: { after: [], before: [] },
  region: { after: [], before: [] },
};

/**
 * The crossing words that also make the post on the other side name the crossing ("Chaman border crossing" is
 * Spin Boldak's crossing); a bare "Chaman" stays the Pakistani town.
 */
const COUNTERPART_QUALIFIERS = ['crossing', 'border crossing', 'crossing point', 'border point', 'border post', 'gate', 'border gate'];

/** WordInfo.memoFlags bits (see createGazetteer's memo). */
const STABLE_OK = 1;
const SINGLE_KNOWN = 2;
const SINGLE_OK = 4;

/** Longest run of words read as one name written apart ("Dawlat Abad" for Dowlatabad, "Shir Khan Bandar"). */
const MAX_JOINED_WORDS = 4;
/** What may stand between words written apart inside one name: spaces, hyphens, dropped connectors ("-e-", " wa "). */
const JOIN_GAP = /^(?:[\s\-‐‑–]|\b(?:e|i|ye|yi|y|wa|va|o|aw)\b)*$/iu;

/** JOIN_GAP on text[from, to), without the regex for the usual one space or hyphen. */
function joinGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 32 || c === 45) return true;
  }
  return JOIN_GAP.test(text.slice(from, to));
}

/**
 * The key of a name with its words written together: "Dawlat Abad", "Dowlatabad" and "Dawlat-Abad" all give
 * "daulatabad". Folding the joined text (not joining the folded words) keeps the fold's rules for a word's end
 * (final -ah, doubled letters) the same whichever way the name is split.
 * @example joinedKey("Shir Khan Bandar") === joinedKey("Sherkhanbandar")
 */
export function joinedKey(name: string): string {
  return joinWords(name, tokenize(name));
}

function joinWords(text: string, tokens: readonly NameToken[]): string {
  return foldWord(tokens.map((t) => text.slice(t.start, t.end)).join(''));
}

/** Plural type words that carry over a list of names ("Herat and Badghis provinces"). */
const PLURAL_QUALIFIERS = new Map<string, PlaceType>([
  [nameKey('provinces'), 'province'],
  [nameKey('districts'), 'district'],
]);
const LIST_SEPARATOR = /^\s*(,|,?\s*and|&)\s*$/;
const OF = nameKey('of');

/** Rule 2 of the disambiguation rule: higher wins. */
function baseRank(place: Place): number {
  switch (place.type) {
    case 'country':
      return 100;
    case 'province':
      return 80;
    case 'crossing':
      return 70;
    case 'border':
      return 65;
    case 'district':
      return 40;
    case 'region':
      return 10;
    case 'city':
      if (place.role === 'national-capital' || place.role === 'provincial-capital') return 90;
      if (place.country !== 'AF') return 60;
      if (place.role === 'district-seat') return 50;
      return 30;
  }
}

interface Entry {
  place: number;
  rank: number;
  adjective: boolean;
  /** The alias as written has capitals, so the text must too. */
  needsCap: boolean;
  /** The spelling ends with a period ("U.S."), which the tokens leave out. */
  dotted: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** `next` by key number (see createGazetteer's keyIds), which findMentions reads. */
  byId: Map<number, TrieNode> | null;
  entries: Entry[] | null;
}

function newNode(): TrieNode {
  return { next: null, byId: null, entries: null };
}

function addEntry(root: TrieNode, keys: string[], entry: Entry): void {
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    if (!node.next) node.next = new Map();
    let child = node.next.get(k);
    if (!child) {
      child = newNode();
      node.next.set(k, child);
    }
    node = child;
  }
  if (!node.entries) node.entries = [];
  const existing = node.entries.find((e) => e.place === entry.place);
  if (!existing) node.entries.push(entry);
  else if (existing.adjective && !entry.adjective) Object.assign(existing, entry);
}

/** The spellings of a place that name it (not the adjectives). */
function baseNames(place: Place): string[] {
  return [place.name, ...place.aliases];
}

/**
 * A spelling as written, for comparing spellings: ASCII, lower case, one space between words.
 * @example writtenForm("Mazār-e  Sharīf") === "mazar e sharif"
 */
function writtenForm(s: string): string {
  return asciiName(s).toLowerCase().replace(/[\s\-‐‑–]+/g, ' ');
}

function hasUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

interface Candidate {
  start: number;
  end: number;
  entries: Entry[];
}

/**
 * Build the lookup API once from the shipped data; cheap to call many times afterwards.
 * @example
 *   const gaz = createGazetteer({ places, provinces });
 *   gaz.findMentions('fighting in Herat province')[0].place.id // "prov:AF-HER"
 *   gaz.lookup('Qala i Naw')[0].name                              // "Qala-e-Naw"
 *   gaz.provinceAt(62.2, 34.35)                                   // "prov:AF-HER"
 */
export function createGazetteer(data: GazetteerData): Gazetteer {
  const places = data.places;
  const byId = new Map<string, Place>();
  for (const p of places) {
    if (byId.has(p.id)) throw new Error(`gazetteer: duplicate place id ${p.id}`);
    byId.set(p.id, p);
  }
  const stopwords = new Set(data.stopwords ?? []);
  const root = newNode();
  /** Whole-name key → entries, for lookup(). */
  const byKey = new Map<string, Entry[]>();

  /** Every spelling as written, for the stopword exception. */
  const exactSpellings = new Set<string>();
  /** Places by the spellings they list (names, aliases, adjectives; see writtenForm), for rule 2's spelling test. */
  const listedBy = new Map<string, Set<number>>();
  const list = (spelling: string, index: number): void => {
    const w = writtenForm(spelling);
    let set = listedBy.get(w);
    if (!set) listedBy.set(w, (set = new Set()));
    set.add(index);
  };
  /** One-word spellings of up to three letters, lower case, for the short-word rule. */
  const shortSpellings = new Set<string>();
  const keyed = (key: string, entry: Entry): void => {
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    if (!list.some((e) => e.place === entry.place)) list.push(entry);
  };
  /** Index a spelling; `before`/`after` are type words written around it (rule 1). */
  const add = (spelling: string, entry: Entry, before = '', after = ''): void => {
    const full = [before, spelling, after].filter(Boolean).join(' ');
    exactSpellings.add(full);
    const plain = asciiName(full).toLowerCase().replace(/\.$/, '');
    if (plain.length <= 3) shortSpellings.add(plain);
    if (full.endsWith('.')) entry = { ...entry, dotted: true };
    const keys = nameKey(full).split(' ').filter(Boolean);
    addEntry(root, keys, entry);
    keyed(keys.join(' '), entry);
    // The same name with its words written together, so any split of it in a text can meet it ("Dawlat Abad").
    const nameTokens = tokenize(spelling);
    if (nameTokens.length > 1 && !spelling.endsWith('.')) {
      const joined = [...nameKey(before).split(' '), joinWords(spelling, nameTokens), ...nameKey(after).split(' ')].filter(Boolean);
      addEntry(root, joined, entry);
      keyed(joined.join(' '), entry);
    }
  };

  places.forEach((place, index) => {
    const rank = baseRank(place);
    const quals = QUALIFIERS[place.type];
    for (const name of baseNames(place)) {
      list(name, index);
      const needsCap = hasUpper(name);
      add(name, { place: index, rank, adjective: false, needsCap, dotted: false });
      // A type word written with the name pins the type (rule 1): rank it above every bare name.
      for (const q of quals.after) add(name, { place: index, rank: 1000 + rank, adjective: false, needsCap, dotted: false }, '', q);
      for (const q of quals.before) add(name, { place: index, rank: 1000 + rank, adjective: false, needsCap, dotted: false }, q);
    }
    if (place.type === 'crossing' && place.counterpart && !/[()]/.test(place.counterpart)) {
      for (const q of COUNTERPART_QUALIFIERS) {
        add(place.counterpart, { place: index, rank: 1000 + rank, adjective: false, needsCap: true, dotted: false }, '', q);
      }
    }
    for (const adj of place.adjectives ?? []) {
      list(adj, index);
      add(adj, { place: index, rank, adjective: true, needsCap: hasUpper(adj), dotted: false });
    }
  });

  /**
   * Rule 2's spelling test: when bare-name entries span countries and some place lists `written` as is, the
   * entries of other countries that only fold to it drop below every bare name. Returns `entries` when nothing
   * changes.
   */
  const preferListed = (entries: Entry[], written: string): Entry[] => {
    if (entries.length < 2) return entries;
    const country = places[entries[0]!.place]!.country;
    if (entries.every((e) => places[e.place]!.country === country)) return entries;
    const listed = listedBy.get(writtenForm(written));
    if (!listed) return entries;
    const countries = new Set<string>();
    for (const e of entries) if (e.rank < 1000 && listed.has(e.place)) countries.add(places[e.place]!.country);
    if (countries.size === 0) return entries;
    return entries.map((e) => (e.rank < 1000 && !listed.has(e.place) && !countries.has(places[e.place]!.country) ? { ...e, rank: e.rank - 1000 } : e));
  };

  const sortEntries = (entries: Entry[], context: Set<string> | null): Entry[] =>
    [...entries].sort((a, b) => {
      if (a.rank !== b.rank) return b.rank - a.rank;
      if (context) {
        const ca = context.has(places[a.place]!.province ?? '') ? 1 : 0;
        const cb = context.has(places[b.place]!.province ?? '') ? 1 : 0;
        if (ca !== cb) return cb - ca;
      }
      const ia = places[a.place]!.id;
      const ib = places[b.place]!.id;
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });

  // Every prefix of every key in the trie: a run of words whose joined key cannot start with one of these cannot
  // lead to a name, so findMentions stops joining it with the next word (see WordInfo.stable).
  const keyPrefixes = new Set<string>(['']);
  // Every key of the trie numbered, so that findMentions follows an edge by a number it keeps on the word
  // (WordInfo.memoKey) rather than by hashing and comparing the key string at every word.
  const keyIds = new Map<string, number>();
  const collectPrefixes = (node: TrieNode): void => {
    if (!node.next) return;
    node.byId = new Map();
    for (const [key, child] of node.next) {
      for (let k = 1; k <= key.length; k++) keyPrefixes.add(key.slice(0, k));
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      node.byId.set(id, child);
      collectPrefixes(child);
    }
  };
  collectPrefixes(root);
  /** PLURAL_QUALIFIERS by key number. */
  const pluralById = new Map<number, PlaceType>();
  for (const [key, type] of PLURAL_QUALIFIERS) if (keyIds.has(key)) pluralById.set(keyIds.get(key)!, type);
  /** The root's children by key number: where every walk starts. */
  const rootById: (TrieNode | undefined)[] = Array.from({ length: keyIds.size }, () => undefined);
  for (const [key, child] of root.next ?? []) rootById[keyIds.get(key)!] = child;

  /**
   * What findMentions needs of a word, kept on it (see WordInfo.memoOwner): memoKey, the number of its key (-1 when
   * no name has that word); memoFlags, whether its stable prefix can still begin a key (STABLE_OK) and, once asked,
   * whether it may be a one-word name by rule 4's spelling tests (SINGLE_*).
   */
  const memo = (w: WordInfo): void => {
    if (w.memoOwner === root) return;
    w.memoKey = keyIds.get(w.key) ?? -1;
    w.memoFlags = keyPrefixes.has(w.stable) ? STABLE_OK : 0;
    w.memoOwner = root;
  };
  /** Rule 4 for a one-word name, on the word as written: memoised on the word, since it depends on nothing else. */
  const singleOk = (w: WordInfo): boolean => {
    if (!(w.memoFlags & SINGLE_KNOWN)) {
      const raw = w.spelling;
      // A stopword is a place only when written exactly as a known spelling ("US", not "Us" or "MORE").
      // Folding is too coarse for short words ("OS", "WS" ~ US, "Bun" ~ Bonn): they must be spelled as listed.
      const ok = !(stopwords.has(raw.toLowerCase()) && !exactSpellings.has(raw)) && !(raw.length <= 3 && !shortSpellings.has(asciiName(raw).toLowerCase()));
      w.memoFlags |= SINGLE_KNOWN | (ok ? SINGLE_OK : 0);
    }
    return (w.memoFlags & SINGLE_OK) !== 0;
  };
  /** The child of `node` along word `w`'s key (memo(w) done). */
  const childOf = (node: TrieNode, w: WordInfo): TrieNode | undefined => {
    const id = w.memoKey;
    if (id < 0) return undefined;
    return node === root ? rootById[id] : node.byId!.get(id);
  };

  const scratch: WordRun = { count: 0, info: [], start: [], end: [] };

  function findMentions(text: string): PlaceMention[] {
    // findMentions reads its words only during the call, so one run is refilled for every text (see scanWords); it
    // keeps the size of the longest text seen.
    const words = scanWords(text, scratch);
    const count = words.count;
    const info = words.info;
    const wStart = words.start;
    const wEnd = words.end;
    const found: Candidate[] = [];
    let best: Candidate | null = null;

    /** Record a match of words from..j if rule 4 allows it; the longest match wins. */
    const accept = (entries: Entry[], from: number, j: number, anyCap: boolean): void => {
      const single = j === from;
      // (A one-word match is info[from] itself, whose spelling is the text of that word.)
      if (single && !singleOk(info[from]!)) return;
      // Rule 4: a capitalised alias must be capitalised in the text (the first word, for one-word names).
      const capOk = single ? info[from]!.capitalised : anyCap;
      const ok = capOk ? entries : entries.filter((e) => !e.needsCap);
      if (ok.length === 0) return;
      // "the north of Kabul" is relative to Kabul, not northern Afghanistan.
      if (j + 1 < count && info[j + 1]!.key === OF && ok.every((e) => places[e.place]!.type === 'region')) return;
      if (!best || j > best.end) best = { start: from, end: j, entries: ok };
      else if (j === best.end) {
        // The same words reached two ways (split and joined): keep every place, each at its best rank.
        const merged = [...best.entries];
        for (const e of ok) {
          const k = merged.findIndex((m) => m.place === e.place);
          if (k < 0) merged.push(e);
          else if (e.rank > merged[k]!.rank) merged[k] = e;
        }
        best = { ...best, entries: merged };
      }
    };

    /** Walk the trie from word j, taking one word or several written apart at each step; keep the longest match. */
    const walk = (node: TrieNode, from: number, j: number, anyCap: boolean): void => {
      if (!node.byId) return;
      const first = info[j]!;
      memo(first);
      const child = childOf(node, first);
      if (child) {
        const cap = anyCap || first.capitalised;
        if (child.entries) accept(child.entries, from, j, cap);
        if (j + 1 < count) walk(child, from, j + 1, cap);
      }
      // Words written apart inside one name ("Dawlat Abad"): only from a capitalised word, across spaces, hyphens
      // and dropped connectors, and only while the words so far may still begin a key.
      if (!first.capitalised) return;
      // The words so far, as one spelling (info[k] is the info of text[wStart[k], wEnd[k])).
      let joined = first;
      for (let n = 2; n <= MAX_JOINED_WORDS && j + n <= count; n++) {
        if (!(joined.memoFlags & STABLE_OK)) return;
        const k = j + n - 1;
        if (!joinGap(text, wEnd[k - 1]!, wStart[k]!)) return;
        joined = joinedInfo(joined, info[k]!);
        memo(joined);
        const jc = childOf(node, joined);
        if (!jc) continue;
        // The first word is capitalised, so the run is.
        if (jc.entries) accept(jc.entries, from, k, true);
        if (k + 1 < count) walk(jc, from, k + 1, true);
      }
    };

    for (let i = 0; i < count; ) {
      // Most words start no name: a lower-case word that no name starts with is passed over without the walk.
      const w = info[i]!;
      memo(w);
      if (!w.capitalised && childOf(root, w) === undefined) {
        i++;
        continue;
      }
      best = null;
      walk(root, i, i, false);
      const b = best as Candidate | null;
      if (b) {
        found.push(b);
        i = b.end + 1;
      } else i++;
    }

    // Rule 2's spelling test, on the words as written (one place alone has nothing to rank).
    for (const c of found) if (c.entries.length > 1) c.entries = preferListed(c.entries, text.slice(wStart[c.start]!, wEnd[c.end]!));

    // Rule 1 carries over a list: "Herat and Badghis provinces", "Kohistan, Keshem and Jurm districts".
    for (let k = found.length - 1; k > 0; k--) {
      const c = found[k]!;
      const last = info[c.end]!;
      memo(last);
      // By key number when the word's key is in the trie (no visit to the key string), else by the key.
      const plural = last.memoKey >= 0 ? pluralById.get(last.memoKey) : PLURAL_QUALIFIERS.get(last.key);
      if (!plural || c.entries.every((e) => e.rank < 1000)) continue;
      for (let q = k - 1; q >= 0; q--) {
        const prev = found[q]!;
        const between = text.slice(wEnd[prev.end]!, wStart[found[q + 1]!.start]!);
        if (!LIST_SEPARATOR.test(between)) break;
        const typed = prev.entries.filter((e) => places[e.place]!.type === plural);
        if (typed.length === 0) break;
        prev.entries = typed.map((e) => ({ ...e, rank: e.rank + 1000 }));
      }
    }

    // Rule 3 context: provinces named without ambiguity in this text.
    const context = new Set<string>();
    for (const c of found) {
      // The entry of the highest rank, when no other has that rank (what sorting would put first, alone at its rank).
      let first = c.entries[0]!;
      let alone = true;
      for (let k = 1; k < c.entries.length; k++) {
        const e = c.entries[k]!;
        if (e.rank > first.rank) {
          first = e;
          alone = true;
        } else if (e.rank === first.rank) alone = false;
      }
      if (!alone) continue;
      const p = places[first.place]!;
      if (p.type === 'province') context.add(p.id);
      else if (p.province) context.add(p.province);
    }

    return found.map((c) => {
      const sorted = c.entries.length === 1 ? c.entries : sortEntries(c.entries, context);
      const start = wStart[c.start]!;
      let end = wEnd[c.end]!;
      if (sorted[0]!.dotted && text[end] === '.') end++;
      const mention: PlaceMention = {
        start,
        end,
        text: text.slice(start, end),
        place: places[sorted[0]!.place]!,
        alternatives: sorted.slice(1).map((e) => places[e.place]!),
      };
      if (sorted[0]!.adjective) mention.adjective = true;
      return mention;
    });
  }

  function lookup(name: string): Place[] {
    const entries = byKey.get(nameKey(name)) ?? byKey.get(joinedKey(name));
    if (!entries) return [];
    return sortEntries(preferListed(entries, name), null).map((e) => places[e.place]!);
  }

  const provinceIndex = data.provinces.features.map((f) => ({ id: f.properties.id, feature: f, bbox: bboxOf(f.geometry) }));

  function provinceAt(lon: number, lat: number): string | null {
    for (const p of provinceIndex) {
      const [w, s, e, n] = p.bbox;
      if (lon < w || lon > e || lat < s || lat > n) continue;
      if (booleanPointInPolygon([lon, lat], p.feature)) return p.id;
    }
    return null;
  }

  return {
    places,
    get: (id) => byId.get(id),
    findMentions,
    lookup,
    provinceAt,
  };
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) {
    for (const [x, y] of poly[0] ?? []) {
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    }
  }
  return [w, s, e, n];
}
