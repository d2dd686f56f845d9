/**
 * The arrowhead drawn along movement lines: a small SDF-style image made in code (no sprite server), so
 * `icon-color` can tint it per direction.
 */

/** A 24×24 chevron pointing right (the line's direction), as RGBA pixels. */
export function arrowImage(size = 24): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const mid = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Inside a chevron: between two parallel diagonals converging on the right-hand tip.
      const dx = x + 0.5, dy = Math.abs(y + 0.5 - mid);
      const d = dx + dy; // distance along the arrow's axis from its back edge
      const inside = d > mid * 0.9 && d < mid * 1.55 && dx < size - 2;
      const o = (y * size + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = 0;
      data[o + 3] = inside ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}
