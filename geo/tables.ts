/**
 * Reading the hand-curated tables of geo/ (CSV with a header row; lists inside a cell separated by "|").
 * Bad input stops the build with the file, row and column named.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type Row = Record<string, string>;

/** A CSV table with its file name, so errors can say where a bad value sits. */
export interface Table {
  file: string;
  rows: Row[];
}

/**
 * Read a CSV table and check that it has exactly the expected columns.
 * @example readTable('geo/crossings.csv', ['id', 'name', ...]).rows[0].name // "Islam Qala"
 */
export function readTable(file: string, columns: string[]): Table {
  const text = readFileSync(file, 'utf8');
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: false, skip_empty_lines: true, trim: false });
  } catch (e) {
    throw new Error(`${file}: not valid CSV: ${(e as Error).message}`, { cause: e });
  }
  const [header, ...body] = records;
  if (!header || header.join(',') !== columns.join(',')) {
    throw new Error(`${file}: expected header "${columns.join(',')}", found "${header?.join(',') ?? ''}"`);
  }
  const rows = body.map((r) => Object.fromEntries(columns.map((c, i) => [c, (r[i] ?? '').trim()])));
  return { file, rows };
}

/** "a|b|c" → ["a", "b", "c"]; "" → []. */
export function list(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A required number cell, with the row named in the error. */
export function num(table: Table, row: Row, column: string): number {
  const v = Number(row[column]);
  if (row[column] === '' || !Number.isFinite(v)) {
    throw new Error(`${table.file}: row "${row.id ?? row.name ?? row.iso}": column ${column} is not a number ("${row[column]}")`);
  }
  return v;
}

/** A required non-empty cell. */
export function req(table: Table, row: Row, column: string): string {
  const v = row[column];
  if (!v) throw new Error(`${table.file}: row "${row.id ?? row.name ?? row.iso}": column ${column} is empty`);
  return v;
}

/** Lines of a word list; "#" starts a comment line. */
export function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
