/**
 * Character classes read by code, for the loops that run over every character of a text (a regex per character, or a
 * slice to test, costs far more there).
 */

/**
 * JavaScript's `\s`, by UTF-16 code unit.
 * @example isWhite(0xa0) === true; isWhite(0x41) === false
 */
export function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
