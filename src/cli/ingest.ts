/**
 * `npm run ingest -- <dir> --out <file>`: reads every .md/.txt article in <dir> (default data/articles), extracts
 * events and writes one GeoJSON FeatureCollection (default data/events.geojson) atomically (temp file + rename).
 * A bad file (not UTF-8, empty, broken front matter, impossible date) is named with its problem and skipped; the
 * others are processed, a summary is printed, and the exit code is 1. A progress bar shows on stderr when it is a
 * TTY and there are many files.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync, unlinkSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Gazetteer, SituationEvent } from '../types';
import { ArticleError, parseArticle } from '../pipeline/article';
import { extractEvents } from '../pipeline/events';
import { toFeatureCollection } from '../pipeline/export';
import { loadGazetteer } from './loadGazetteer';

export interface IngestResult {
  files: number;
  events: number;
  failures: { file: string; problem: string }[];
  undated: string[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 or throws an ArticleError naming the problem. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleError('empty file');
  if (bytes.includes(0)) throw new ArticleError('not UTF-8 text (binary data: NUL bytes)');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ArticleError('not UTF-8 text');
  }
}

/** Writes `text` to `path` through a temp file in the same directory and a rename, so readers never see half a file. */
export function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

/**
 * Ingests a folder into a FeatureCollection string plus a report. Pure apart from reading the files.
 * @example ingestDir('data/articles', loadGazetteer()).result.failures.length === 0
 */
export function ingestDir(dir: string, gazetteer: Gazetteer, onProgress?: (done: number, total: number) => void): { json: string; result: IngestResult } {
  const names = readdirSync(dir).filter((f) => /\.(?:md|txt)$/i.test(f) && statSync(join(dir, f)).isFile()).sort();
  const events: SituationEvent[] = [];
  const result: IngestResult = { files: names.length, events: 0, failures: [], undated: [] };
  names.forEach((name, i) => {
    const file = join(dir, name);
    try {
      const text = decodeUtf8(readFileSync(file));
      const article = parseArticle(basename(name, extname(name)), text);
      if (!article.published) result.undated.push(name);
      events.push(...extractEvents(article, gazetteer));
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      result.failures.push({ file, problem: e.message });
    }
    onProgress?.(i + 1, names.length);
  });
  const fc = toFeatureCollection(events, gazetteer);
  result.events = fc.features.length;
  return { json: `${JSON.stringify(fc, null, 1)}\n`, result };
}

function main(argv: string[]): number {
  let dir = 'data/articles';
  let out = 'data/events.geojson';
  const rest = [...argv];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--out' || a === '-o') out = rest[++i] ?? out;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run ingest -- [<articles-dir>] [--out <events.geojson>]');
      return 0;
    } else if (!a.startsWith('-')) dir = a;
    else {
      console.error(`ingest: unknown option ${a}`);
      return 2;
    }
  }
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    console.error(`ingest: ${dir}: cannot read folder (${(e as Error).message})`);
    return 2;
  }
  const gazetteer = loadGazetteer();
  const showBar = process.stderr.isTTY === true;
  const { json, result } = ingestDir(dir, gazetteer, showBar ? (d, t) => t >= 20 && progress(d, t) : undefined);
  writeAtomic(resolve(out), json);
  for (const f of result.failures) console.error(`ingest: ${f.file}: ${f.problem}`);
  for (const u of result.undated) console.error(`ingest: ${join(dir, u)}: undated (no publication date in front matter or text); relative dates left unresolved`);
  const ok = result.files - result.failures.length;
  console.error(`ingest: ${ok}/${result.files} articles, ${result.events} events → ${out}${result.failures.length ? `; ${result.failures.length} failed` : ''}`);
  return result.failures.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('ingest.ts')) {
  process.exitCode = main(process.argv.slice(2));
}
