/**
 * Where a movement arrow is drawn. The export gives a whole country its own representative point, so
 * "Afghanistan → Tajikistan" would run from the middle of Afghanistan to the middle of Tajikistan and
 * "Islam Qala → Iran" would cross half of Iran. An arrow should show the crossing of a border instead:
 * an end that is a whole country is drawn a short way across the border, next to the other end or at the
 * shared border. Drawing only: the events keep their own geometry and place names.
 */
import type { CountryCode, MovementEvent, Place } from '../../types';

type Pos = [number, number];

/** How far into a country its end of an arrow is drawn, in km. */
export const ARROW_REACH_KM = 60;

/** `p` moved `km` towards `q` (never past it); equirectangular, good enough at this scale. */
export function towards(p: Pos, q: Pos, km: number): Pos {
  const kx = 111.32 * Math.cos(((p[1] + q[1]) / 2) * (Math.PI / 180));
  const dx = (q[0] - p[0]) * kx;
  const dy = (q[1] - p[1]) * 110.57;
  const d = Math.hypot(dx, dy);
  if (d === 0 || d <= km) return q;
  const f = km / d;
  return [round(p[0] + (q[0] - p[0]) * f), round(p[1] + (q[1] - p[1]) * f)];
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

const isCountry = (id: string) => id.startsWith('country:');

/** The border place between Afghanistan and `other`, if the gazetteer has it. */
function borderWith(a: CountryCode, b: CountryCode, places: ReadonlyMap<string, Place>): Place | undefined {
  const other = a === 'AF' ? b : b === 'AF' ? a : null;
  return other ? places.get(`border:AF-${other}`) : undefined;
}

/**
 * The drawn path of a movement, from its exported coordinates `[from, (via,) to]`.
 * Example: Afghanistan → Tajikistan is drawn across the Afghan–Tajik border, 60 km each side of it;
 * Islam Qala → Iran from the crossing to 60 km inside Iran.
 */
export function arrowPath(
  coords: readonly Pos[],
  e: Pick<MovementEvent, 'fromId' | 'toId' | 'fromCountry' | 'toCountry'>,
  places: ReadonlyMap<string, Place>,
): Pos[] {
  if (coords.length < 2) return [...coords];
  const path = coords.map((c) => [c[0], c[1]] as Pos);
  const last = path.length - 1;
  const fromWhole = isCountry(e.fromId);
  const toWhole = isCountry(e.toId);
  if (fromWhole && toWhole && path.length === 2) {
    const border = borderWith(e.fromCountry, e.toCountry, places);
    if (!border) return path;
    return [towards(border.point, path[0]!, ARROW_REACH_KM), towards(border.point, path[1]!, ARROW_REACH_KM)];
  }
  if (toWhole && e.toCountry !== e.fromCountry) path[last] = towards(path[last - 1]!, path[last]!, ARROW_REACH_KM);
  if (fromWhole && e.toCountry !== e.fromCountry) path[0] = towards(path[1]!, path[0]!, ARROW_REACH_KM);
  return path;
}
