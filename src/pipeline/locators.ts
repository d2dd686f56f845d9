/**
 * Places named only to say where another place is: "the Islam Qala crossing in Herat province", "Spin Boldak, in
 * Kandahar province", "via Hairatan in northern Balkh province". The province or district locates the place before it;
 * nobody went to it or came from it.
 */
import type { Place, PlaceMention } from '../types';
import type { SentenceView } from './clauses';
import { COUNTRY_PLACE_MODIFIERS, COUNTRY_PLACE_NOUNS } from './lexicon/control';

/** Between a place and the province or district locating it: "crossing in", ", in the western", " port of". */
const LOCATING_GAP = /^\s*(?:(?:(?:border\s+)?(?:crossing|port|post|point|town|city|village|area)|border|frontier)\s+)?,?\s*(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i;

/** `inner` lies inside `outer` (a province, or a district by name), as the gazetteer records it. */
function inside(inner: Place, outer: Place): boolean {
  if (inner.id === outer.id) return false;
  if (outer.type === 'province') return inner.province === outer.id;
  if (outer.type === 'district') return inner.type !== 'district' && inner.type !== 'province' && !!inner.district && inner.district.toLowerCase() === outer.name.toLowerCase() && inner.province === outer.province;
  return false;
}

/**
 * The mention is a province or district that only locates the place named right before it.
 * @example locatesPrevious(view of 'fled to Iran via Islam Qala in Herat province', the 'Herat province' mention) === true
 */
export function locatesPrevious(view: SentenceView, m: PlaceMention): boolean {
  if (m.adjective || (m.place.type !== 'province' && m.place.type !== 'district')) return false;
  const k = view.mentions.indexOf(m);
  let prev: PlaceMention | undefined;
  for (let i = k - 1; i >= 0; i--) {
    if (!view.mentions[i]!.adjective) {
      prev = view.mentions[i];
      break;
    }
  }
  return !!prev && inside(prev.place, m.place) && LOCATING_GAP.test(view.body.slice(prev.end, m.start));
}

/** Between a possessive place and what it qualifies: "Herat's Ghoryan district", "Herat's remote Ghoryan district". */
const POSSESSIVE_GAP = /^['’]s\s+(?:(?:remote|restive|strategic|key|volatile|embattled|border|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?)\s+)?$/i;

/** `inner` lies in the province `outer` names (a province, or the provincial capital that shares its name). */
function inProvinceOf(inner: Place, outer: PlaceMention): boolean {
  if (!inner.province || inner.id === outer.place.id) return false;
  const provinces = [outer.place, ...outer.alternatives].map((p) => (p.type === 'province' ? p.id : p.role === 'provincial-capital' ? p.province : undefined));
  return provinces.includes(inner.province);
}

/**
 * The place right after a possessive mention that only locates it ("in Herat's Ghoryan district" → Ghoryan), or null.
 * @example possessiveLocated(view of 'clashes in Kandahar's Arghandab district', the 'Kandahar' mention) → the 'Arghandab district' mention
 */
export function possessiveLocated(view: SentenceView, m: PlaceMention): PlaceMention | null {
  if (m.adjective) return null;
  const k = view.mentions.indexOf(m);
  const next = k >= 0 ? view.mentions[k + 1] : undefined;
  if (!next || next.adjective || !POSSESSIVE_GAP.test(view.body.slice(m.end, next.start))) return null;
  return inProvinceOf(next.place, m) ? next : null;
}

/**
 * A place qualifying a noun, not a place of its own: "Herat's governor", "Iran's foreign minister".
 * @example possessive(view of "Herat's governor visited Islam Qala", the 'Herat' mention) === true
 */
export function possessive(view: SentenceView, m: PlaceMention): boolean {
  return /^['’]s\s/.test(view.body.slice(m.end, m.end + 3));
}

/** "'s second- and third-largest cities", "'s largest city", "'s third city" (group 1: the places' noun). */
const COUNTRYS_PLACES = new RegExp(`^['’]s\\s+(?:(?:[\\p{L}-]+-)?(?:${COUNTRY_PLACE_MODIFIERS.join('|')})-?[\\s,]+)*(${COUNTRY_PLACE_NOUNS.join('|')})\\b`, 'iu');

/**
 * The noun of the places a possessive country qualifies, given the text right after the country ("Afghanistan's
 * second- and third-largest cities" → 'cities'): those places are meant, not the country. Null when it qualifies none.
 * @example countrysPlaces("'s second- and third-largest cities on Thursday") === 'cities'
 */
export function countrysPlaces(after: string): string | null {
  return COUNTRYS_PLACES.exec(after)?.[1]?.toLowerCase() ?? null;
}

/** Ranks that pick out some of the places ("second-largest", "two biggest"), not a whole class ("major cities"). */
const RANK = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two|three|four|five|largest|biggest|busiest|most)\b/i;

/**
 * The possessive picks out ranked places ("'s second- and third-largest cities", "'s two biggest cities"), not a class
 * ("'s major cities").
 * @example countrysRanked("'s second- and third-largest cities fell") === true
 */
export function countrysRanked(after: string): boolean {
  const m = COUNTRYS_PLACES.exec(after);
  return !!m && RANK.test(m[0]);
}

/**
 * Between a country and a region locating the places its possessive picks out: "'s largest city in the" (north).
 * @example countrysPlacesIn("'s largest city in the ") === true
 */
export function countrysPlacesIn(between: string): boolean {
  const m = COUNTRYS_PLACES.exec(between);
  return !!m && /^\s+(?:in|of)\s+(?:the\s+)?$/i.test(between.slice(m[0].length));
}
