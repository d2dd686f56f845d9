/**
 * Fetching the app's data files, each failure turned into a plain message that names the file.
 */
import type { Place } from '../../types';
import { parseEvents, type LoadedEvents } from './events';

async function fetchText(url: string): Promise<string> {
  let r: Response;
  try { r = await fetch(url); } catch (e) { throw new Error(`${url}: could not be fetched (${(e as Error).message})`, { cause: e }); }
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status} ${r.statusText}`.trim());
  return r.text();
}

/** Loads and checks the events export. */
export async function loadEvents(url: string): Promise<LoadedEvents> {
  return parseEvents(await fetchText(url), url);
}

/** Loads the gazetteer's places (data/geo/gazetteer.json: `{ places: Place[] }`). */
export async function loadPlaces(url: string): Promise<Place[]> {
  const text = await fetchText(url);
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { throw new Error(`${url}: not JSON (${(e as Error).message})`, { cause: e }); }
  const places = (json as { places?: unknown })?.places;
  if (!Array.isArray(places)) throw new Error(`${url}: has no "places" array`);
  return places.filter((p): p is Place => !!p && typeof p.id === 'string' && typeof p.name === 'string' && Array.isArray(p.point));
}
