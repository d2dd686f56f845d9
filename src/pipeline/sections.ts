/**
 * Sections of an article body: the headline line, photo captions (including "FILE" captions, which keep their own
 * dates), related-story teasers and boilerplate ("SEE ALSO:", "MORE ON THE TOPIC:", "READ MORE:"), subheadings, and
 * body paragraphs. Works on lines; every block keeps its offsets into the body.
 */
import type { Article } from '../types';
import { isWhite } from './chars';

export type BlockKind = 'body' | 'caption' | 'headline' | 'teaser' | 'boilerplate';

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** A "FILE" caption: an archive photo, whose date is its own and never the article's. */
  file: boolean;
  /** Photo credit at the end of a caption ("Reuters", "Jafar Khan/AP"), if any. */
  credit: string | null;
}

const TEASER_PREFIX = /^(?:SEE ALSO|MORE ON THE TOPIC|READ MORE|READ ALSO|ALSO READ|RELATED|RELATED STORIES|RELATED ARTICLES|MORE ON THIS|WATCH|LISTEN|RECOMMENDED|TRENDING)\b\s*:?/i;
const FILE_PREFIX = /^FILE(?:\s+PHOTO)?\s*[-–—:]/;
const PHOTO_PREFIX = /^(?:PHOTO|IMAGE|PICTURE)\s*[-–—:]/i;
const CREDIT_SUFFIX = /[[(]\s*((?:[^\])/]{1,60}\/\s*)?(?:AP Photo|AP|AFP|Reuters|EPA|Getty Images|Getty|Xinhua|Anadolu|File|Photo|ISPR|Handout))\s*[\])]\.?\s*$/;
const BOILERPLATE_START = /^(?:Source|Sources|Copyright|©|All rights reserved|Follow us|Subscribe|Share this|Advertisement)\b/i;
const BOILERPLATE_CREDIT = /contributed to this report|was used in this report\.?$/i;
/** A wire's credit line ("Reuters contributed to this report.") names this report: most lines need no regex scan. */
const REPORT = /report/i;

/** Boilerplate: a leading "Source:", "Copyright", … or a credit line about this report. */
function boilerplate(line: string): boolean {
  return BOILERPLATE_START.test(line) || (REPORT.test(line) && BOILERPLATE_CREDIT.test(line));
}
const CAPTION_DATE_END = /(?:,|\bon)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?\s*(?:\([^)]{2,40}\))?\s*$/;

/** A line cut short with an ellipsis ("…" or "..."). */
function cutShort(line: string): boolean {
  return line.endsWith('…') || line.endsWith('...');
}

/**
 * Lower case, every run of characters that are not letters or digits one space, trimmed.
 * @example normal("Taliban Seize Islam-Qala, Officials Say") === "taliban seize islam qala officials say"
 */
export function normal(s: string): string {
  // ASCII text (most titles and first lines) by a loop: the Unicode regex costs microseconds per call.
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out !== '') out += ' ';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

/**
 * normal(line).startsWith(title) for a normalised title, reading only as much of the line as the title needs (the
 * first line is often a whole paragraph). Normalising a prefix of the line gives a prefix of the whole line's form
 * except for its last characters (a run of punctuation or a final sigma cut short), so two are dropped.
 */
function startsWithTitle(line: string, title: string): boolean {
  const reach = 2 * title.length + 64;
  if (line.length > reach) {
    const head = normalStart(line.slice(0, reach));
    if (head.length - 2 >= title.length) return head.startsWith(title);
  }
  return normal(line).startsWith(title);
}

/** normal() without the final trim: a prefix's form keeps a trailing space where the prefix cut a gap. */
function normalStart(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trimStart();
  const n = normal(s);
  // (normal drops a trailing gap; the regex form keeps one space for it.)
  const last = s.charCodeAt(s.length - 1);
  const alnum = (last >= 48 && last <= 57) || (last >= 65 && last <= 90) || (last >= 97 && last <= 122);
  return n !== '' && !alnum ? `${n} ` : n;
}

/** The line ends like CREDIT_SUFFIX: a closing bracket, perhaps then a full stop (lines are trimmed). */
function endsInBracket(line: string): boolean {
  let i = line.length - 1;
  if (line.charCodeAt(i) === 46) i--;
  const c = line.charCodeAt(i);
  return c === 41 || c === 93;
}

/** A line set like a headline: no final punctuation and most words capitalised. */
function headlineLike(line: string): boolean {
  if (line.length > 200 || '.!?:"”’)]'.includes(line.charAt(line.length - 1))) return false;
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length === 0) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length <= 3 ? caps === words.length : caps / words.length >= 0.6;
}

/**
 * Splits the body into line blocks and labels each one.
 * @example splitBlocks(article)[0].kind === 'headline' when the body repeats the title on its first line
 */
export function splitBlocks(article: Article): Block[] {
  const body = article.body;
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= body.length) {
    const nl = body.indexOf('\n', pos);
    const lineEnd = nl < 0 ? body.length : nl;
    let a = pos;
    let b = lineEnd;
    while (a < b && isWhite(body.charCodeAt(a))) a++;
    while (b > a && isWhite(body.charCodeAt(b - 1))) b--;
    if (b > a) lines.push({ start: a, end: b });
    if (nl < 0) break;
    pos = nl + 1;
  }
  const title = normal(article.title);
  const blocks: Block[] = [];
  let afterTeaser = false;
  let inBoilerplateTail = false;
  let captionRepeat = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const text = body.slice(l.start, l.end);
    const next = lines[i + 1] ? body.slice(lines[i + 1]!.start, lines[i + 1]!.end) : '';
    let kind: BlockKind = 'body';
    let file = false;
    let credit: string | null = null;
    const creditMatch = endsInBracket(text) ? CREDIT_SUFFIX.exec(text) : null;
    if (inBoilerplateTail) kind = 'teaser';
    else if (i === 0 && (title === '' ? normal(text) === title : startsWithTitle(text, title))) kind = 'headline';
    else if (TEASER_PREFIX.test(text)) {
      kind = 'teaser';
      // "MORE ON THE TOPIC:" with nothing after it introduces a list of links: the rest is not the article.
      if (/:\s*$/.test(text)) inBoilerplateTail = true;
    } else if (FILE_PREFIX.test(text)) {
      kind = 'caption';
      file = true;
    } else if (PHOTO_PREFIX.test(text) || creditMatch) kind = 'caption';
    else if (text.length < 400 && cutShort(text)) kind = 'caption';
    // Cheap tests first: only the first lines of an article are read as dated captions.
    else if (i <= 3 && text.length < 400 && CAPTION_DATE_END.test(text) && !/["“”]/.test(text)) kind = 'caption';
    else if (boilerplate(text)) kind = 'boilerplate';
    else if (afterTeaser && (headlineLike(text) || !/[.!?"”]$/.test(text))) kind = 'teaser';
    else if (headlineLike(text) && i > 0) kind = 'headline';
    if (creditMatch) credit = creditMatch[1]!.trim();
    // A caption cut short ("…") repeats in full on the next line: the pair is one caption.
    if (captionRepeat && kind === 'body') kind = 'caption';
    captionRepeat = kind === 'caption' && cutShort(text) && next.startsWith(text.slice(0, 40).replace(/\s*\(.*$/, ''));
    // A FILE PHOTO caption of a related story is followed by that story's headline and standfirst.
    afterTeaser = (kind === 'caption' && file && cutShort(text)) || (afterTeaser && kind === 'teaser');
    blocks.push({ start: l.start, end: l.end, kind, file, credit });
  }
  return blocks;
}
