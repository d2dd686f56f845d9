/**
 * Shared domain types: the one vocabulary the pipeline (article → events), the CLI and the app speak.
 * Kept free of any runtime import so every layer can depend on it.
 */

/** ISO 3166-1 alpha-2 code, upper case ("AF", "IR", "TJ"). */
export type CountryCode = string;

export type PlaceType = 'crossing' | 'district' | 'city' | 'province' | 'border' | 'country' | 'region';

/** A place we ship in the gazetteer (built by geo/build.ts into data/geo/gazetteer.json). */
export interface Place {
  /** Stable id, e.g. "prov:AF-HER", "city:AF-HER:herat", "dist:AF.35.905" (GeoNames admin2 code), "xing:islam-qala", "border:AF-TJ", "country:IR". */
  id: string;
  /** The usual English name ("Herat", "Qala-e-Naw", "Islam Qala"). */
  name: string;
  type: PlaceType;
  /** Representative point, [lon, lat], 5 decimals. */
  point: [number, number];
  country: CountryCode;
  /** Province id ("prov:AF-HER") for places inside Afghanistan, when known. */
  province?: string;
  /** District name for cities, district seats and crossings, when known. */
  district?: string;
  /** Alternative spellings and transliterations, as written in the news (no normalisation applied). */
  aliases: string[];
  /** Adjectives and demonyms that locate in this place ("Tajik", "Iranian", "Herati"); matched as adjective mentions. */
  adjectives?: string[];
  /** ISO 3166-2 code for provinces ("AF-HER"). */
  iso?: string;
  /** For provinces: the capital's place id. */
  capital?: string;
  /** For crossings and borders: the neighbouring country. */
  neighbour?: CountryCode;
  /** For crossings: the post on the other side ("Dogharoun"). */
  counterpart?: string;
  population?: number;
  /** Flags: provincial capital, national capital, district seat. */
  role?: 'national-capital' | 'provincial-capital' | 'district-seat';
}

/** A place named in a text, with character offsets into that text (UTF-16 code units, as JS strings). */
export interface PlaceMention {
  start: number;
  end: number;
  /** The matched text, verbatim. */
  text: string;
  place: Place;
  /** Other places the same words could mean (e.g. Herat the city when `place` is Herat province). */
  alternatives: Place[];
  /** True when the words are an adjective that locates ("Tajik", "Iranian", "Herati"). */
  adjective?: boolean;
}

export interface Article {
  /** File name without extension. */
  id: string;
  title: string;
  /** Outlet ("Radio Free Europe/Radio Liberty"), or null when unknown. */
  source: string | null;
  /** Publication date YYYY-MM-DD, or null when the article is undated. */
  published: string | null;
  /** How `published` was obtained. */
  publishedFrom: 'front-matter' | 'text' | 'none';
  url: string | null;
  /** The article body: the text after the front matter, byte for byte. Quote offsets index into it. */
  body: string;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export type Controller = 'taliban' | 'government' | 'contested';

export type ContextKind = 'talks' | 'violence' | 'military' | 'statement';
export type EventKind = 'control' | 'movement' | ContextKind;

/** Properties shared by every event (the export contract in ../shared/eval/README.md, plus extras). */
export interface EventBase {
  /** Stable id: articleId + quote offsets + kind + place, hashed; unaffected by other articles. */
  id: string;
  kind: EventKind;
  articleId: string;
  /** YYYY-MM-DD, or null when the date cannot be resolved. */
  date: string | null;
  datePrecision: DatePrecision;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** Who says so, or null for the article's own voice. */
  claimant: string | null;
  outlet: string | null;
  /** Where the quote sits: body text, a photo caption, the headline, a related-story teaser. */
  section?: 'body' | 'caption' | 'headline' | 'teaser';
}

export interface ControlEvent extends EventBase {
  kind: 'control';
  place: string;
  placeId: string;
  placeType: PlaceType;
  country: CountryCode;
  controller: Controller;
  /** "most of", "two-thirds of", "the rest of", or null. */
  extent: string | null;
  /** For national claims: the figure and its unit ("200 districts", "50 percent"). */
  figure?: { value: number; unit: string; qualifier: string | null } | null;
  /** True when this is a denial of a capture (a government claim by the one who denies). */
  denial?: boolean;
}

export interface MovementEvent extends EventBase {
  kind: 'movement';
  from: string;
  fromId: string;
  fromCountry: CountryCode;
  to: string;
  toId: string;
  toCountry: CountryCode;
  /** Crossing the movement passes through, when named. */
  via?: string | null;
  viaId?: string | null;
  group: string | null;
  count: number | null;
  /** "more than", "over", "about", "at least", or null. */
  countQualifier: string | null;
  direction: 'flight' | 'return';
  /**
   * One figure given for several flows together ("1,200 people fled Kunduz and Takhar to Mazar-i-Sharif"): the total,
   * on each of them. Their `count` is that stated figure too (what the text says of each), but their own shares are
   * not stated: the map labels them "part of …" and sizes no arrow by it.
   */
  sharedCount?: number;
  /**
   * The article names no destination ("Thousands of families fled their homes in Kunduz"): `to` is the country the
   * people were in, and the map draws no arrow.
   */
  destinationUnknown?: boolean;
}

export interface ContextEvent extends EventBase {
  kind: ContextKind;
  place: string;
  placeId: string;
  placeType: PlaceType;
  country: CountryCode;
  /** Killed/wounded figures for attacks, when stated. */
  casualties?: number | null;
}

export type SituationEvent = ControlEvent | MovementEvent | ContextEvent;

/** GeoJSON export: Point for control/context, LineString [from, (via,) to] for movements. */
export interface EventFeature {
  type: 'Feature';
  id?: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'LineString'; coordinates: [number, number][] };
  properties: SituationEvent;
}

export interface EventCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

/**
 * The lookup API over the shipped gazetteer (implemented in src/pipeline/gazetteer.ts, built once, then
 * shared by the pipeline and the app).
 */
export interface Gazetteer {
  readonly places: readonly Place[];
  get(id: string): Place | undefined;
  /**
   * Every place named in `text`: longest match first, non-overlapping, sorted by `start`; case-, diacritic-,
   * hyphen- and apostrophe-insensitive. Adjectives that locate ("Tajik", "Iranian") are returned with `adjective`.
   */
  findMentions(text: string): PlaceMention[];
  /** Places whose name or an alias equals `name` after normalisation, best candidate first. */
  lookup(name: string): Place[];
  /** Id of the province containing [lon, lat] ("prov:AF-HER"), or null outside Afghanistan. */
  provinceAt(lon: number, lat: number): string | null;
}
