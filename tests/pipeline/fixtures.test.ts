/**
 * Fixture articles (tests/fixtures/articles) → expected events (tests/fixtures/events/<name>.json), one compact row
 * per event. Regenerate with `UPDATE_FIXTURES=1 npx vitest run tests/pipeline/fixtures.test.ts` and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArticle } from '../../src/pipeline/article';
import { extractEvents } from '../../src/pipeline/events';
import { gazetteer, row } from './helpers';

const ARTICLES = 'tests/fixtures/articles';
const EXPECTED = 'tests/fixtures/events';
const update = process.env.UPDATE_FIXTURES === '1';

describe('fixture articles → expected events', () => {
  const files = readdirSync(ARTICLES).filter((f) => /\.(?:md|txt)$/.test(f)).sort();
  it.each(files)('%s', (file) => {
    const id = basename(file, extname(file));
    const text = readFileSync(join(ARTICLES, file), 'utf8');
    const article = parseArticle(id, text);
    const events = extractEvents(article, gazetteer);
    for (const e of events) expect(article.body.slice(e.quoteStart, e.quoteEnd)).toBe(e.quote);
    const rows = events.map(row);
    const path = join(EXPECTED, `${id}.json`);
    if (update || !existsSync(path)) {
      mkdirSync(EXPECTED, { recursive: true });
      writeFileSync(path, `${JSON.stringify({ published: article.published, events: rows }, null, 1)}\n`);
    }
    expect({ published: article.published, events: rows }).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
