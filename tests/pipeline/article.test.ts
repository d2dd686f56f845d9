import { describe, expect, it } from 'vitest';
import { ArticleError, isoDay, parseArticle, splitFrontMatter } from '../../src/pipeline/article';

describe('article: front matter and body', () => {
  it('reads the fields and keeps the body byte for byte', () => {
    const a = parseArticle('x', '---\ntitle: "T"\nsource: "S"\npublished: 2021-07-08\nurl: https://e.org/a\n---\nLine one.\r\nLine two.\n');
    expect(a).toMatchObject({ id: 'x', title: 'T', source: 'S', published: '2021-07-08', publishedFrom: 'front-matter', url: 'https://e.org/a' });
    expect(a.body).toBe('Line one.\r\nLine two.\n');
  });

  it('without front matter the first line is the title; a full date in the text dates it', () => {
    const a = parseArticle('x', 'Taliban take Aqina\nKABUL, Aug 3, 2021 - Insurgents overran the crossing.');
    expect(a.title).toBe('Taliban take Aqina');
    expect(a.published).toBe('2021-08-03');
    expect(a.publishedFrom).toBe('text');
  });

  it('without any full date the article is undated, never guessed', () => {
    const a = parseArticle('x', 'Title\nThe Taliban captured the district on Tuesday, in May.');
    expect(a.published).toBeNull();
    expect(a.publishedFrom).toBe('none');
  });

  it.each([
    ['', 'empty file'],
    ['  \n\n', 'empty file'],
    ['---\ntitle: "T\n---\nBody', 'broken front matter'],
    ['---\ntitle: T\nBody without closing', 'no closing'],
    ['---\n- a\n- b\n---\nBody', 'not a mapping'],
    ['---\ntitle: T\npublished: 2021-02-30\n---\nBody', 'impossible date'],
    ['---\ntitle: T\npublished: 2021-13-01\n---\nBody', 'impossible date'],
    ['---\ntitle: T\npublished: yesterday\n---\nBody', 'impossible date'],
    ['---\ntitle: T\n---\n\n', 'empty article body'],
  ])('rejects %j (%s)', (text, problem) => {
    expect(() => parseArticle('x', text)).toThrow(ArticleError);
    expect(() => parseArticle('x', text)).toThrow(problem);
  });

  it('isoDay validates calendar days and accepts a written full date', () => {
    expect(isoDay('2020-02-29')).toBe('2020-02-29');
    expect(isoDay('July 8, 2021')).toBe('2021-07-08');
    expect(isoDay('2021-07-08T10:00:00Z')).toBe('2021-07-08');
    expect(() => isoDay('February 30, 2021')).toThrow(ArticleError);
    expect(() => isoDay('2021-02-29')).toThrow(ArticleError);
  });

  it('front matter is only at the very start', () => {
    expect(splitFrontMatter('Title\n---\nnot: yaml\n---\n').meta).toBeNull();
  });
});
