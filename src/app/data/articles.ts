/**
 * Articles as served from /articles/<id>.md: YAML front matter, then the body that quote offsets index.
 */

export interface ArticleText {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  /** The text after the front matter, byte for byte. */
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits front matter from body. Example: `splitFrontMatter('---\ntitle: X\n---\nHello')` → `{ header: 'title: X', body: 'Hello' }`;
 * text without front matter is all body.
 */
export function splitFrontMatter(text: string): { header: string | null; body: string } {
  const m = FRONT_MATTER.exec(text);
  return m ? { header: m[1]!, body: text.slice(m[0].length) } : { header: null, body: text };
}

/**
 * Reads the flat `key: scalar` front matter the corpus uses (title, source, published, url): double-quoted
 * values as JSON strings, single-quoted with '' escapes, others verbatim. Nested YAML is not needed here, and
 * the full YAML library would add ~30 kB gzip to the page for four fields.
 * Example: `readFrontMatter('title: "A \\"B\\""\npublished: 2021-07-09')` → `{ title: 'A "B"', published: '2021-07-09' }`.
 */
export function readFrontMatter(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of header.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const raw = m[2]!;
    let value: string;
    if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) {
      try { value = JSON.parse(raw) as string; } catch { value = raw.slice(1, -1); }
    } else if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) {
      value = raw.slice(1, -1).replace(/''/g, "'");
    } else {
      value = raw.replace(/\s+#.*$/, '');
    }
    if (value !== '' && value !== '~' && value !== 'null') out[m[1]!] = value;
  }
  return out;
}

/**
 * Parses an article file. Example: `parseArticle('a', '---\ntitle: "T"\npublished: 2021-07-09\n---\nBody')`
 * → `{ id: 'a', title: 'T', published: '2021-07-09', body: 'Body', source: null, url: null }`.
 */
export function parseArticle(id: string, text: string): ArticleText {
  const { header, body } = splitFrontMatter(text);
  const meta = header ? readFrontMatter(header) : {};
  return { id, body, title: meta.title ?? null, source: meta.source ?? null, published: meta.published ?? null, url: meta.url ?? null };
}

/**
 * Where the quote sits in the body: the given offsets when they hold the quote, else its first occurrence,
 * else null. Example: `locateQuote('ab cd', 'cd', 3, 5)` → `{ start: 3, end: 5 }`.
 */
export function locateQuote(body: string, quote: string, start: number, end: number): { start: number; end: number } | null {
  if (body.slice(start, end) === quote) return { start, end };
  const i = body.indexOf(quote);
  return i >= 0 ? { start: i, end: i + quote.length } : null;
}

const cache = new Map<string, Promise<ArticleText>>();

/** Fetches and parses an article once. Rejects with a message naming the file. */
export function fetchArticle(id: string, base = '/articles'): Promise<ArticleText> {
  let p = cache.get(id);
  if (!p) {
    const url = `${base}/${encodeURIComponent(id)}.md`;
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return parseArticle(id, await r.text());
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}
