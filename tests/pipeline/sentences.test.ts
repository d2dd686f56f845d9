import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentences: Intl.Segmenter with abbreviation repair', () => {
  it.each([
    ['Secretary Adm. Ali Shamkhani confirmed it. He left.', ['Secretary Adm. Ali Shamkhani confirmed it.', 'He left.']],
    ['A Dec. 26 visit to Kabul. Next.', ['A Dec. 26 visit to Kabul.', 'Next.']],
    ['According to U.S. Central Command. Biden spoke.', ['According to U.S. Central Command.', 'Biden spoke.']],
    ['"War is bad," he said. Next one.', ['"War is bad," he said.', 'Next one.']],
    ['Lt. Col. Martin O’Donnell said so. Then.', ['Lt. Col. Martin O’Donnell said so.', 'Then.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts long texts into chunks without breaking a sentence', () => {
    const unit = 'The Taliban seized the town on Monday, officials said. ';
    const text = unit.repeat(2000);
    const parts = split(text);
    expect(parts).toHaveLength(2000);
    expect(new Set(parts)).toEqual(new Set([unit.trim()]));
  });

  it('returns absolute, trimmed offsets inside a range', () => {
    const t = 'xx  One. Two.  yy';
    expect(splitSentences(t, 2, 15).map((s) => t.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});
