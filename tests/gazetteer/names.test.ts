// Name folding: GeoNames transliterations and the spellings news outlets use reduce to the same key.
import { describe, expect, it } from 'vitest';
import { asciiName, foldWord, nameKey, scanWords, tokenize, wordInfo } from '../../src/pipeline/names';

describe('nameKey', () => {
  it.each([
    ['Qal‘ah-ye Now', 'Qala-e-Naw'],
    ['Qala i Naw', 'Qala-i-Naw'],
    ['Qala-e-Naw', 'Qala e Naw'],
    ['Herāt', 'Herat'],
    ['Hirat', 'Herat'],
    ['Hilmand', 'Helmand'],
    ['Paktya', 'Paktia'],
    ['Oruzgan', 'Uruzgan'],
    ['Urozgan', 'Uruzgan'],
    ['Qunduz', 'Kunduz'],
    ['Fayzabad', 'Faizabad'],
    ['Faīẕābād', 'Faizabad'],
    ['Sar-e Pol', 'Sar-e-Pul'],
    ['Sar-i-Pul', 'Sar-e Pul'],
    ['Mazār-e Sharīf', 'Mazar-i-Sharif'],
    ['Pusht-e Rōd', 'Pusht Rod'],
    ['Jowzjan', 'Jawzjan'],
    ["Islam Qal'eh", 'Islam Qala'],
    ['Eslam Qaleh', 'Islam Qala'],
    ['‘Alīsheng', 'Alisheng'],
    ['Spīn Bōldak', 'Spin Boldak'],
    ['HERAT', 'herat'],
    ['Lash wa Juwayn', 'Lash Juwayn'],
    ['Lash-o-Juwayn', 'Lash-e Juwayn'],
    ['Dand Aw Patan', 'Dand-e-Patan'],
    ['Kuran Wa Munjan', 'Kuran-o-Munjan'],
  ])('%s ~ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Herat', 'Hairatan'],
    ['Qalat', 'Qala'],
    ['Kabul', 'Kabulov'],
    ['Khost', 'Ghor'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('tokenize', () => {
  it('keeps original offsets, drops connectors and the possessive', () => {
    const text = "In Qala-e-Naw's bazaar, Afghanistan’s";
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['In', 'Qala', 'Naw', 'bazaar', 'Afghanistan']);
    expect(tokens.map((t) => t.capitalised)).toEqual([true, true, true, false, true]);
  });

  it('keeps "U" and "S" of U.S. (the "and" of names is dropped by its spelling, not its key)', () => {
    expect(tokenize('U.S. and Us').map((t) => t.key)).toEqual(['u', 's', 'and', 'us']);
  });

  it('keeps an apostrophe inside a word', () => {
    const text = 'Qal‘ah-ye Now';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Qal‘ah', 'Now']);
  });
});

describe('asciiName', () => {
  it('drops diacritics and ‘ ’ marks', () => {
    expect(asciiName('Mazār-e Sharīf')).toBe('Mazar-e Sharif');
    expect(asciiName('‘Alīsheng')).toBe('Alisheng');
    expect(asciiName('Pul-e ‘Alam')).toBe('Pul-e Alam');
  });
});

describe('wordInfo.stable', () => {
  // The matcher stops joining words written apart once their stable prefix starts no key, so the prefix must
  // hold for every continuation, including the ones that change the word's own last letters (ow, oo, -ah, doubles).
  const heads = ['Dawlat', 'Qala', 'Qaleh', 'Shir', 'Sherkhan', 'Mullah', 'Kalla', 'Now', 'Jowz', 'Moo', 'Taliban', 'Afghanistan', 'Bo', 'Spinn', 'Archi', 'Ahh', "Qal'ah"];
  const tails = ['Abad', 'abad', 'Khan', 'h', 'w', 'o', 'u', 'ah', 'Naw', 'Bandar', 'a', 'i', 'ye', 'n', 'nn', 'Wa', 'Hal', 'jan'];
  it.each(heads.flatMap((h) => tails.map((t) => [h, t])))('key(%s + %s) starts with the stable prefix of the first', (h, t) => {
    expect(foldWord(h + t).startsWith(wordInfo(h).stable)).toBe(true);
    expect(foldWord(h + t + t).startsWith(wordInfo(h + t).stable)).toBe(true);
  });

  it('is a real prefix for long ASCII words and empty for others', () => {
    expect(wordInfo('Afghanistan').stable).toBe('afghanis');
    expect(wordInfo('Herāt').stable).toBe('');
  });
});

describe('scanWords', () => {
  it('reads every word right across many distinct words (its table of seen words fills and starts afresh)', () => {
    const words = Array.from({ length: 40000 }, (_, k) => `W${k.toString(36)}ah`);
    const text = `${words.join(' ')} ${words.slice(0, 100).join("'s ")}'s`;
    const run = scanWords(text);
    expect(run.count).toBe(words.length + 100);
    for (let k = 0; k < run.count; k++) {
      const written = text.slice(run.start[k], run.end[k]);
      expect(written).toBe(words[k < words.length ? k : k - words.length]);
      expect(run.info[k]!.key).toBe(foldWord(written));
    }
  });

  it('tells apart words that share their last eight letters, their length or their hash inputs', () => {
    // Known words are found by their last twelve code units (ASCII) or a hash: every spelling must still come back
    // as itself, whatever its length, case, letters outside ASCII, apostrophes or possessive.
    const stems = ['governments', 'governmentz', 'Xovernments', 'abcdefgh', 'abcdefgi', 'zabcdefgh', 'abcdefg', 'bcdefgh',
      'abcdefghijkl', 'abcdefghijkm', 'Xbcdefghijkl', 'abcdefghijklm', 'zabcdefghijkl', 'bcdefghijkl',
      'Herat', 'herat', 'Herāt', 'HERAT', "Qal'ah", 'Qal‘ah', 'Qalʼah', 'Kabul', 'Kabuls', 'a', 'A', 'ab', 'ba', '7', '77'];
    const words = stems.flatMap((w) => [w, `${w}'s`, `${w}’s`]);
    const text = [...words, ...words.reverse()].join(' ');
    for (let pass = 0; pass < 2; pass++) {
      const run = scanWords(text);
      for (let k = 0; k < run.count; k++) expect(run.info[k]!.spelling).toBe(text.slice(run.start[k], run.end[k]));
    }
  });

  it('splits words with offsets, dropping connectors, the Dari "and" and the possessive', () => {
    const text = "Qal‘ah-ye Now's U.S. and Us, Lash wa Juwayn — Mazār-e Sharīf’s bazaar 1,000 e i";
    const run = scanWords(text);
    expect(run.info.map((w, k) => [text.slice(run.start[k], run.end[k]), w.key, w.capitalised])).toEqual([
      ['Qal‘ah', 'kala', true], ['Now', 'nau', true], ['U', 'u', true], ['S', 's', true], ['and', 'and', false],
      ['Us', 'us', true], ['Lash', 'lash', true], ['Juwayn', 'juain', true], ['Mazār', 'mazar', true],
      ['Sharīf', 'sharif', true], ['bazaar', 'bazar', false], ['1', '1', false], ['000', '0', false],
    ]);
  });
});
