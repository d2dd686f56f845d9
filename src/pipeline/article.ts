/**
 * Article parsing: YAML front matter (title, source, published, url) and the body, byte for byte.
 * Pure: takes the decoded text, never touches the file system.
 */
import { parse as parseYaml } from 'yaml';
import type { Article } from '../types';
import { fullDatesIn } from './dates';

/** A problem with one input file; the CLI prints it with the file name and carries on with the others. */
export class ArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleError';
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?$/;

/**
 * Checks that `value` is a real calendar day and returns it as YYYY-MM-DD.
 * @example isoDay('2021-07-08') === '2021-07-08'; isoDay('2021-02-30') throws
 */
export function isoDay(value: unknown): string {
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const m = ISO_DAY.exec(s);
  if (!m) {
    // Also accept a written full date ("July 8, 2021", "8 July 2021").
    const written = s.length < 40 ? fullDatesIn(s) : [];
    if (written.length === 1 && written[0]!.length === 10 && s.replace(/[^\d]/g, '').length <= 6) return written[0]!;
    throw new ArticleError(`impossible date "${s}" (expected YYYY-MM-DD)`);
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    throw new ArticleError(`impossible date "${s}"`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function optionalString(meta: Record<string, unknown>, key: string): string | null {
  const v = meta[key];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  throw new ArticleError(`front matter field "${key}" must be text`);
}

const SIMPLE_LINE = /^([A-Za-z_][\w-]*):[ \t]*(?:"([^"\\]*)"|'([^'\\]*)'|([^"'#\s][^#]*?))?[ \t]*$/;

/**
 * The common case of front matter, `key: value` lines with plain or simply quoted scalars (and comments), read
 * without the YAML parser; null when anything else is there, so the YAML parser decides.
 * @example simpleFields('title: "T"\npublished: 2021-07-08\n') → { title: 'T', published: '2021-07-08' }
 */
function simpleFields(yamlText: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const raw of yamlText.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || m[1]! in out) return null;
    const plain = m[4]?.trim();
    // Plain scalars that YAML would read as something else (numbers, booleans, lists, anchors) go to the parser.
    if (plain !== undefined && /^(?:[-?:,[\]{}&*!|>%@`]|true$|false$|null$|~$|[-+]?\d+(?:\.\d+)?$)/i.test(plain)) return null;
    out[m[1]!] = m[2] ?? m[3] ?? plain ?? '';
  }
  return out;
}

/**
 * Splits optional YAML front matter from the body. The front matter must open on the first line with `---` and close
 * with a line `---` (or `...`); the body is everything after the closing line, unchanged.
 * @example splitFrontMatter('---\ntitle: T\n---\nBody') → { meta: { title: 'T' }, body: 'Body' }
 */
export function splitFrontMatter(text: string): { meta: Record<string, unknown> | null; body: string } {
  if (!/^---[ \t]*\r?\n/.test(text)) return { meta: null, body: text };
  const open = text.indexOf('\n') + 1;
  let pos = open;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '').trimEnd();
    if (line === '---' || line === '...') {
      const yamlText = text.slice(open, pos);
      let meta: unknown = simpleFields(yamlText);
      if (meta === null) try {
        meta = parseYaml(yamlText);
      } catch (e) {
        throw new ArticleError(`broken front matter: ${(e as Error).message.split('\n')[0]}`);
      }
      if (meta === null || meta === undefined) meta = {};
      if (typeof meta !== 'object' || Array.isArray(meta)) throw new ArticleError('broken front matter: not a mapping of fields');
      return { meta: meta as Record<string, unknown>, body: nl < 0 ? '' : text.slice(nl + 1) };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  throw new ArticleError('broken front matter: no closing "---" line');
}

/** The first non-empty line (trimmed) among the first 50, or ''. */
function firstLine(body: string): string {
  return body.split('\n', 50).map((l) => l.trim()).find((l) => l !== '') ?? '';
}

/**
 * Parses one article. `id` is the file name without extension; `text` the decoded file (UTF-8 already checked).
 * Without front matter the first non-empty line is the title. Without a publication date the article is dated from
 * the text only when the text states a full date (day, month and year): the latest such date, since an article
 * cannot report what has not happened yet. Otherwise it is undated (`published: null`).
 * @example parseArticle('a', '---\ntitle: T\npublished: 2021-07-08\n---\nText.').published === '2021-07-08'
 */
export function parseArticle(id: string, text: string): Article {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') throw new ArticleError('empty file');
  const { meta, body } = splitFrontMatter(clean);
  if (body.trim() === '') throw new ArticleError('empty article body');
  const m = meta ?? {};
  let published: string | null = null;
  let publishedFrom: Article['publishedFrom'] = 'none';
  if (m.published !== undefined && m.published !== null && m.published !== '') {
    published = isoDay(m.published);
    publishedFrom = 'front-matter';
  } else if (m.date !== undefined && m.date !== null && m.date !== '') {
    published = isoDay(m.date);
    publishedFrom = 'front-matter';
  } else {
    const found = fullDatesIn(body);
    if (found.length > 0) {
      published = found.reduce((a, b) => (b > a ? b : a));
      publishedFrom = 'text';
    }
  }
  const title = optionalString(m, 'title') ?? firstLine(body).slice(0, 300);
  return {
    id,
    title,
    source: optionalString(m, 'source') ?? optionalString(m, 'outlet'),
    published,
    publishedFrom,
    url: optionalString(m, 'url'),
    body,
  };
}
