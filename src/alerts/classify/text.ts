// Text plumbing for the classifier: normalisation shared with the knowledge loader,
// tokenisation with offsets, sentence splitting, and a phrase index over token n-grams.

import { MONTHS } from './lexicon.js';

const COMBINING = /\p{M}/gu;
const ARABIC_DIGITS = /[\u0660-\u0669]/g;

const wordCache = new Map<string, string>();
/** Lower-case, strip accents and Arabic diacritics, unify Arabic letter variants (memoised). */
export function normalizeWord(word: string): string {
  let hit = wordCache.get(word);
  if (hit === undefined) {
    hit = normalizeUncached(word);
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(word, hit);
  }
  return hit;
}

function normalizeUncached(word: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(COMBINING, '');
  if (/[\u0600-\u06FF]/.test(w)) {
    w = w
      .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627') // alef variants
      .replace(/\u0629/g, '\u0647') // taa marbuta -> haa
      .replace(/\u0649/g, '\u064A') // alef maqsura -> yaa
      .replace(/\u0640/g, '') // tatweel
      .replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660));
    w = stripArabicClitics(w);
  }
  return w;
}

/** و/ف + ب/ل/ك + ال: strip only when the article "ال" is there, so names like بغداد survive. */
function stripArabicClitics(w: string): string {
  let rest = w;
  if (rest.length > 4 && (rest[0] === '\u0648' || rest[0] === '\u0641') && /^.(?:ال|لل|بال|كال)/.test(rest)) rest = rest.slice(1);
  if (rest.startsWith('\u0644\u0644') && rest.length > 4) return rest.slice(2); // لل = ل + ال
  if (/^[\u0628\u0643]ال/.test(rest) && rest.length > 4) rest = rest.slice(1);
  if (rest.startsWith('\u0627\u0644') && rest.length > 3) return rest.slice(2);
  return rest;
}

// Russian case endings, longest first, as normalisation leaves them ("й" is "и", "ё" is "е").
const RU_ENDINGS = ['иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иеи', 'иях', 'ях', 'ах', 'ых', 'их', 'ои', 'еи', 'ии', 'ыи', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ов', 'ев', 'ия', 'ию', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь'];
/**
 * A Russian word without its case ending, a stem of at least three letters ("посольства", "посольстве" ->
 * "посольств"; "Литвы" -> "литв"): Russian words in the lexicon and the gazetteer are written as such stems.
 */
export function russianStem(w: string): string {
  for (const e of RU_ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e)) return w.slice(0, -e.length);
  return w;
}
function cyrillicAlt(n: string): string | undefined {
  const stem = russianStem(n);
  return stem === n ? undefined : stem;
}

export interface Token {
  /** Normalised form used for lookups. */
  n: string;
  /** Surface form as written. */
  s: string;
  /** Arabic word without a leading conjunction/preposition (و ف ب ل ك), or a Russian word's stem; tried when `n` finds nothing. */
  alt?: string;
  start: number;
  end: number;
}

/**
 * `s.charCodeAt(i)` through the prototype's own function: the texts arrive in many internal string representations
 * (flat or sliced, one- or two-byte), so `text.charCodeAt` was a megamorphic property look-up at every character;
 * the prototype's function is one constant, called without a look-up whatever the representation.
 * Never call it past the end (see codeOrNaN): one read out of range deoptimised it, and every read compiled after that
 * was a call of the charCodeAt builtin instead of a load (a tenth of the classifier's instructions).
 */
export function codeAt(s: string, i: number): number {
  return String.prototype.charCodeAt.call(s, i);
}
/**
 * `s.slice(start, end)` and `s.toLowerCase()` through the prototype's functions, for the same reason as codeAt: in the
 * tokenizer, per token, `s.slice` and `s.toLowerCase` were megamorphic look-ups, and their results of no known type.
 */
function sliceOf(s: string, start: number, end: number): string {
  return String.prototype.slice.call(s, start, end);
}
function lowerOf(s: string): string {
  return String.prototype.toLowerCase.call(s);
}
/** True when a comma stands between token k-1 and token k of text (see relevance's commaBefore, for a sentence). */
export function commaBetween(text: string, tokens: readonly Token[], k: number): boolean {
  if (k <= 0 || k >= tokens.length) return false;
  // (Read in place: the gap is a character or two, not worth a string.)
  for (let i = tokens[k - 1]!.end, end = tokens[k]!.start; i < end; i++) if (codeAt(text, i) === 44) return true;
  return false;
}
/** codeAt, or NaN past the end of s (as charCodeAt gives), for the readers that look ahead or may meet an empty string. */
export function codeOrNaN(s: string, i: number): number {
  return i < s.length ? codeAt(s, i) : NaN;
}
// Tokens are /\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}\p{M}]+/u, scanned by hand (a regex with Unicode classes is the slowest part).
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const bmpClass = new Uint8Array(65536); // 0 unknown, 1 word, 2 not
for (let c = 0; c < 128; c++) bmpClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
/** Length (1 or 2 code units) of the word character at i, or 0. */
function wordCharLen(src: string, i: number): number {
  const c = codeAt(src, i);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(src.slice(i, i + 2)) ? 2 : 0;
  let k = bmpClass[c]!;
  if (k === 0) bmpClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}
/** Set by scanWord: every character it passed was a lower-case ASCII letter (the word is its own normal form). */
let scannedLower = true;
/** Set by scanWord: every character it passed was ASCII (no accent nor Arabic letter to normalise). */
let scannedAscii = true;
/** `len` is src.length, read once by the caller (a look-up per word otherwise: see codeAt). */
function scanWord(src: string, i: number, len: number): number {
  while (i < len) {
    const c = codeAt(src, i);
    if (c < 128) {
      if (bmpClass[c] !== 1) return i;
      if (c < 97) scannedLower = false;
      i++;
      continue;
    }
    scannedLower = false;
    scannedAscii = false;
    const w = wordCharLen(src, i);
    if (w === 0) return i;
    i += w;
  }
  return i;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
function thousandsEnd(src: string, i: number): number | null {
  let j = i;
  while (j < src.length && j - i < 3 && isDigit(codeAt(src, j))) j++;
  let groups = 0;
  while (codeOrNaN(src, j) === 44 && isDigit(codeOrNaN(src, j + 1)) && isDigit(codeOrNaN(src, j + 2)) && isDigit(codeOrNaN(src, j + 3))) {
    j += 4;
    groups++;
  }
  // Backtrack like the regex: the last group must not be followed by a digit.
  while (groups > 0 && isDigit(codeOrNaN(src, j))) { j -= 4; groups--; }
  return groups > 0 ? j : null;
}
const ACRONYM_HINT = /[A-Z]\.[A-Z]|EE\./;
const ACRONYM_RE = /\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g;

/** Collapses dotted acronyms ("U.S.", "EE.UU.") so they tokenize as one word. */
export function collapseAcronyms(text: string): string {
  return text
    .replace(ACRONYM_RE, (m, a: string, b: string, c: string | undefined) => (a + b + (c ?? '')).padEnd(m.length, ' '))
    .replace(/\bEE\.\s?UU\.?/g, (m) => 'EEUU'.padEnd(m.length, ' '));
}

/** `mayHaveAcronyms` false: the caller knows the text has no dotted acronym (a part of a text that has none). */
export function tokenize(text: string, mayHaveAcronyms = true): Token[] {
  const out: Token[] = [];
  const src = mayHaveAcronyms && ACRONYM_HINT.test(text) ? collapseAcronyms(text) : text;
  const len = src.length;
  for (let i = 0; i < len; ) {
    const c = codeAt(src, i);
    const w = c < 128 ? (bmpClass[c] === 1 ? 1 : 0) : wordCharLen(src, i);
    if (w === 0) { i++; continue; }
    const start = i;
    let end = i + w;
    const c0 = codeAt(src, i);
    // "1,000", "12,500,000": thousands separators stay inside the number.
    scannedLower = c0 >= 97 && c0 <= 122;
    scannedAscii = c0 < 128;
    if (c0 >= 48 && c0 <= 57) end = thousandsEnd(src, i) ?? scanWord(src, end, len);
    else end = scanWord(src, end, len);
    const lower = scannedLower;
    const ascii = scannedAscii;
    i = end;
    const s = sliceOf(src, start, end);
    let n: string;
    if (c0 >= 48 && c0 <= 57) n = s.includes(',') ? s.replace(/,/g, '') : s;
    else if (lower) n = s;
    else if (ascii) n = lowerOf(s); // (what normalizeWord gives for ASCII, without its memo look-up)
    else n = normalizeWord(s);
    // One object shape for every token (alt always present): keeps property access monomorphic.
    const alt = c0 >= 0x0600 && c0 <= 0x06ff && n.length >= 4 && /^[\u0648\u0641\u0628\u0644\u0643][\u0600-\u06FF]/.test(n) ? normalizeWord(s.slice(1)) : c0 >= 0x0400 && c0 <= 0x04ff ? cyrillicAlt(n) : undefined;
    const tok: Token = { n, s, alt, start, end };
    out.push(tok);
  }
  return out;
}

/** The normalised key of a phrase: its tokens' normal forms joined by spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.n)
    .join(' ');
}

export function isCapitalized(t: Token): boolean {
  const code = codeOrNaN(t.s, 0);
  if (code >= 97 && code <= 122) return false;
  if (code >= 65 && code <= 90) return true;
  if (code >= 0x0600 && code <= 0x06ff) return true;
  const c = t.s.charAt(0);
  return c !== c.toLowerCase();
}

export interface PhraseMatch<T> {
  start: number; // token index
  end: number; // exclusive
  value: T;
}

interface Entry<T> {
  rest: string[];
  value: T;
  /** Surface must be written in capitals (short acronyms such as "IS", "US"). */
  upper: boolean;
  /** Last token may be any word starting with the last key (stems such as "bomb*"). */
  prefix: boolean;
  /** Position in its bucket's longest-first order. */
  order: number;
}

/**
 * The entries sharing a first token, longest first (ties in the order added). Words such as "the", "al" or
 * "la" begin hundreds of names, so the multi-word entries are also filed by their second token: a look-up
 * tries only those whose second token is the next word's, in the same longest-first order.
 */
class Bucket<T> {
  readonly entries: Entry<T>[] = [];
  /** Set by add(): the order and the views below are rebuilt at the next look-up. */
  private dirty = false;
  /** One-token entries: in the longest-first order they come after every longer one. */
  private singleEntries: Entry<T>[] = [];
  /** Multi-word entries, in order. */
  private multiWord: Entry<T>[] = [];
  /** Multi-word entries by their second key (exact comparison), for buckets with many. */
  private byNext = new Map<string, Entry<T>[]>();
  /** Two-token entries whose second key is a stem ("car bomb*"): compared by prefix, tried for every next word. */
  private nextStems: Entry<T>[] = [];

  push(e: Entry<T>): void {
    this.entries.push(e);
    this.dirty = true;
  }

  private rebuild(): void {
    // A stable sort: the same order as sorting after every add.
    this.entries.sort((a, b) => b.rest.length - a.rest.length);
    this.singleEntries = [];
    this.multiWord = [];
    this.byNext = new Map();
    this.nextStems = [];
    this.entries.forEach((e, i) => {
      e.order = i;
      if (e.rest.length === 0) {
        this.singleEntries.push(e);
        return;
      }
      this.multiWord.push(e);
      if (e.prefix && e.rest.length === 1) this.nextStems.push(e);
      else {
        const key = e.rest[0] as string;
        let list = this.byNext.get(key);
        if (!list) this.byNext.set(key, (list = []));
        list.push(e);
      }
    });
    this.dirty = false;
  }

  /** Whether every entry is multi-word and compared exactly past the first word (none fits when the next word is no entry's second). */
  onlyLonger(): boolean {
    if (this.dirty) this.rebuild();
    return this.singleEntries.length === 0 && this.nextStems.length === 0;
  }

  /** The one-token entries, in order. */
  single(): readonly Entry<T>[] {
    if (this.dirty) this.rebuild();
    return this.singleEntries;
  }

  /**
   * The multi-word entries that may match when `next` follows, longest first: every one of them that fits
   * (each is still checked by fits()), in the order of `entries`.
   */
  longer(next: Token | undefined, nextContinues = true): readonly Entry<T>[] {
    if (this.dirty) this.rebuild();
    if (next === undefined) return NONE;
    // (A next word that is no entry's second word: only the stems may fit, no look-up by it nor compare.)
    if (!nextContinues) return this.nextStems;
    // (A few are tried in turn: cheaper than a look-up by the next word.)
    if (this.multiWord.length <= 4) return this.multiWord;
    const byN = this.byNext.get(next.n);
    const byAlt = next.alt !== undefined && next.alt !== next.n ? this.byNext.get(next.alt) : undefined;
    if (byAlt === undefined && this.nextStems.length === 0) return byN ?? NONE;
    // (Each list is in order already: merge only when two of them have entries.)
    if (byN === undefined && byAlt === undefined) return this.nextStems;
    return [...(byN ?? []), ...(byAlt ?? []), ...this.nextStems].sort((a, b) => a.order - b.order);
  }
}
const NONE: readonly never[] = [];
/** What the index knows of one word: the entries it starts, the stems it continues, its word classes. */
interface WordEntries<T> {
  exact: Bucket<T> | undefined;
  stems: readonly Entry<T>[];
  classes: number;
  /** The word is the second of some multi-word entry: the entries of the word before may go on with it. */
  continues: boolean;
}
const NO_ENTRIES: WordEntries<never> = { exact: undefined, stems: NONE, classes: 0, continues: false };

/**
 * A dictionary of token sequences keyed by first token. Entries ending in `*` match any
 * word that starts with that stem. Lookups are longest-match-first.
 */
export class PhraseIndex<T> {
  private readonly exact = new Map<string, Bucket<T>>();
  private readonly stems = new Map<string, Entry<T>[]>();
  private stemLengths: number[] = [];
  /** token normal form -> its exact and stem entries and word classes (memoised: the vocabulary repeats; one look-up per token). */
  private readonly stemCache = new Map<string, WordEntries<T>>();
  /** Word classes by normal form, and by stem for the words given with a trailing `*` (addWordClass). */
  private readonly wordClasses = new Map<string, number>();
  private readonly stemClasses = new Map<string, number>();
  private stemClassLengths: number[] = [];
  /** The second keys of the multi-word entries compared exactly (what Bucket.longer looks up by the next word). */
  private readonly secondKeys = new Set<string>();
  size = 0;

  private entriesFor(n: string): WordEntries<T> {
    let hit = this.stemCache.get(n);
    if (hit === undefined) {
      const stems: Entry<T>[] = [];
      for (const len of this.stemLengths) {
        if (len > n.length) continue;
        const sl = this.stems.get(n.slice(0, len));
        if (sl) stems.push(...sl);
      }
      let classes = this.wordClasses.get(n) ?? 0;
      for (const len of this.stemClassLengths) if (len <= n.length) classes |= this.stemClasses.get(n.slice(0, len)) ?? 0;
      const exact = this.exact.get(n);
      const continues = this.secondKeys.has(n);
      // (Most words have nothing: one shared answer keeps the memo small.)
      hit = exact === undefined && stems.length === 0 && classes === 0 && !continues ? (NO_ENTRIES as WordEntries<T>) : { exact, stems, classes, continues };
      if (this.stemCache.size > 100_000) this.stemCache.clear();
      this.stemCache.set(n, hit);
    }
    return hit;
  }

  add(phrase: string, value: T, opts: { upper?: boolean } = {}): void {
    const prefix = phrase.endsWith('*');
    const raw = prefix ? phrase.slice(0, -1) : phrase;
    const keys = tokenize(raw).map((t) => t.n);
    if (keys.length === 0) return;
    const upper = opts.upper ?? false;
    const first = keys[0] as string;
    const entry: Entry<T> = { rest: keys.slice(1), value, upper, prefix, order: 0 };
    this.stemCache.clear();
    if (prefix && keys.length === 1) {
      if (!this.stemLengths.includes(first.length)) {
        this.stemLengths.push(first.length);
        this.stemLengths.sort((a, b) => b - a);
      }
      let list = this.stems.get(first);
      if (!list) this.stems.set(first, (list = []));
      list.push(entry); // (all one token long: the order added)
    } else {
      let bucket = this.exact.get(first);
      if (!bucket) this.exact.set(first, (bucket = new Bucket<T>()));
      bucket.push(entry);
      if (keys.length >= 2 && !(prefix && keys.length === 2)) this.secondKeys.add(keys[1] as string);
    }
    this.size++;
  }

  /**
   * Files words (normal forms) under a word class, a bit that allAt reports for them: what a sentence holds is
   * known from its marking, without another scan.
   */
  addWordClass(words: Iterable<string>, bit: number): void {
    for (const w of words) {
      const stem = w.endsWith('*') ? w.slice(0, -1) : null;
      const map = stem === null ? this.wordClasses : this.stemClasses;
      const key = stem ?? w;
      map.set(key, (map.get(key) ?? 0) | bit);
      if (stem !== null && !this.stemClassLengths.includes(stem.length)) this.stemClassLengths.push(stem.length);
    }
    this.stemCache.clear();
  }

  /**
   * Every entry that matches at token i (all lengths), for overlapping dictionaries. Returns the word classes of
   * the token (of its normal form or its Arabic alternative).
   */
  allAt(tokens: readonly Token[], i: number, out: PhraseMatch<T>[]): number {
    const t = tokens[i];
    if (!t) return 0;
    return this.allWith(tokens, i, this.entriesFor(t.n), this.continues(tokens[i + 1]), out);
  }

  /** allAt at every token, in order; returns the union of the tokens' word classes. */
  allIn(tokens: readonly Token[], out: PhraseMatch<T>[]): number {
    let classes = 0;
    // (Each token's entries are looked up once: the look-ahead at the next word's serves its own step.)
    let next = tokens.length > 0 ? this.entriesFor((tokens[0] as Token).n) : (NO_ENTRIES as WordEntries<T>);
    for (let i = 0; i < tokens.length; i++) {
      const entries = next;
      const after = tokens[i + 1];
      next = after === undefined ? (NO_ENTRIES as WordEntries<T>) : this.entriesFor(after.n);
      // (Most words start no entry: their classes, without the look-ups and the call.)
      const plain = entries.stems.length === 0 && (tokens[i] as Token).alt === undefined;
      if (plain && entries.exact === undefined) {
        classes |= entries.classes;
        continue;
      }
      const continues = after !== undefined && (next.continues || (after.alt !== undefined && this.entriesFor(after.alt).continues));
      // (Many others, "the", "and", start only longer entries, which the next word does not continue.)
      if (plain && !continues && entries.exact!.onlyLonger()) {
        classes |= entries.classes;
        continue;
      }
      classes |= this.allWith(tokens, i, entries, continues, out);
    }
    return classes;
  }

  /** Whether token t (the next word) is the second word of some multi-word entry. */
  private continues(t: Token | undefined): boolean {
    return t !== undefined && (this.entriesFor(t.n).continues || (t.alt !== undefined && this.entriesFor(t.alt).continues));
  }

  /** allAt with token i's entries looked up and whether the next token may continue an entry. */
  private allWith(tokens: readonly Token[], i: number, entries: WordEntries<T>, nextContinues: boolean, out: PhraseMatch<T>[]): number {
    const t = tokens[i] as Token;
    const bucket = this.exactBucket(entries, t);
    if (bucket) {
      for (const e of bucket.longer(tokens[i + 1], nextContinues)) if (this.fits(tokens, i, e)) out.push({ start: i, end: i + 1 + e.rest.length, value: e.value });
      // (A one-token entry fits when its case does: what fits() would check, without the call.)
      for (const e of bucket.single()) if (!e.upper || isUpperToken(t)) out.push({ start: i, end: i + 1, value: e.value });
    }
    for (const e of entries.stems) if (!e.upper || isUpperToken(t)) out.push({ start: i, end: i + 1, value: e.value });
    return t.alt === undefined ? entries.classes : entries.classes | this.entriesFor(t.alt).classes;
  }

  /** The exact entries of token t, by its normal form or else its Arabic or Russian alternative form. */
  private exactBucket(entries: WordEntries<T>, t: Token): Bucket<T> | undefined {
    return entries.exact ?? (t.alt ? this.exact.get(t.alt) : undefined);
  }

  has(phrase: string): boolean {
    return this.exact.has(phraseKey(phrase));
  }

  /** Longest match starting at token i, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    if (!t) return null;
    // (One memo look-up for the exact entries and the stems; the Arabic or Russian alternative form as allAt reads it.)
    const entries = this.entriesFor(t.n);
    const bucket = this.exactBucket(entries, t);
    if (bucket) {
      for (const e of bucket.longer(tokens[i + 1])) if (this.fits(tokens, i, e)) return { start: i, end: i + 1 + e.rest.length, value: e.value };
      for (const e of bucket.single()) if (this.fits(tokens, i, e)) return { start: i, end: i + 1, value: e.value };
    }
    for (const e of entries.stems) if (!e.upper || isUpperToken(t)) return { start: i, end: i + 1, value: e.value };
    return null;
  }

  private fits(tokens: readonly Token[], i: number, e: Entry<T>): boolean {
    const first = tokens[i] as Token;
    if (e.upper && !isUpperToken(first)) return false;
    for (let k = 0; k < e.rest.length; k++) {
      const tk = tokens[i + 1 + k];
      const want = e.rest[k] as string;
      if (!tk) return false;
      if (e.prefix && k === e.rest.length - 1 ? !tk.n.startsWith(want) : tk.n !== want && tk.alt !== want) return false;
    }
    return true;
  }

  /** All non-overlapping longest matches, scanning left to right. */
  findAll(tokens: readonly Token[], filter?: (t: Token) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i] as Token;
      const m = filter && !filter(t) ? null : this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

function isUpperToken(t: Token): boolean {
  // (ASCII by hand: "is", "us" begin buckets with upper-case entries, and the case conversions allocate.)
  const s = t.s;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (c >= 128) return s === s.toUpperCase() && s !== s.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

// ---------------------------------------------------------------------------------------------
// Sentences

export interface Sentence {
  index: number;
  text: string;
  tokens: Token[];
  isTitle: boolean;
  /** Page furniture: related-links blocks, menus, footers. Read but never used as evidence. */
  noise: boolean;
  /** An item of a bulleted list ("- ", "• "): a summary's items are separate points, often separate events. */
  bullet: boolean;
  /** Starts with a dateline ("BAGHDAD, Dec 8 (Reuters) –"): token count of the dateline. */
  datelineTokens: number;
  /** 0-based index among body paragraphs (lines). */
  line: number;
  /** The classifier's readings of this sentence, computed once (undefined until first asked). */
  memo: SentenceMemo;
}
export interface SentenceMemo {
  anchored: boolean | undefined;
  clauses: [number, number][] | undefined;
  years: number[] | undefined;
  /** The word classes (WORD) of its tokens, known once the sentence is marked. */
  classes: number | undefined;
}
export const emptyMemo = (): SentenceMemo => ({ anchored: undefined, clauses: undefined, years: undefined, classes: undefined });

/**
 * Word classes, one bit each: the classifier's phrase index reports them for every token it looks up
 * (PhraseIndex.addWordClass), and a sentence's memo keeps their union, so that the scans for words a sentence does
 * not hold are skipped (most sentences hold no month, no "since", no casualty trigger).
 */
export const WORD = {
  month: 1 << 0,
  since: 1 << 1,
  habitual: 1 << 2,
  extraMark: 1 << 3,
  namesItself: 1 << 4,
  caller: 1 << 5,
  armed: 1 << 6,
  casualtyTrigger: 1 << 7,
  casualtyRare: 1 << 8,
  unhurt: 1 << 9,
  recentDay: 1 << 10,
  relative: 1 << 11,
  anniversary: 1 << 12,
  groupHead: 1 << 13,
  groupIntro: 1 << 14,
  groupNoun: 1 << 15,
  casualtyOnly: 1 << 16,
  casualtyGab: 1 << 17,
  stabbed: 1 << 18,
  dayCount: 1 << 19,
  dateWord: 1 << 20,
  vaguePast: 1 << 21,
  retract: 1 << 22,
  members: 1 << 23,
  anaphorNoun: 1 << 24,
  blastTrace: 1 << 25,
  accident: 1 << 26,
  // (Two rare casualty scans share one bit: the bits are a 32-bit integer's, and all are taken.)
  casualtyRaid: 1 << 27,
  casualtyUpdated: 1 << 27,
  targetNoun: 1 << 28,
  approach: 1 << 29,
  germanAux: 1 << 30,
  listIntro: 1 << 31,
} as const;
let wordClassGuards = true;
/** Tests only: with the guards off every scan runs, so a rule that reads a word its class lacks shows up as a difference. */
export function setWordClassGuards(on: boolean): void {
  wordClassGuards = on;
}
/** Whether sentence s may hold a word of class `cls`: false only when its marking saw none. */
export function mayHold(s: Sentence, cls: number): boolean {
  const c = s.memo.classes;
  return !wordClassGuards || c === undefined || (c & cls) !== 0;
}

const RELATED_HEADER =
  /^\s*(see also|also (read|see)|read next|you (may|might) also like|more stories|most read|top stories|related( stories| articles| coverage)?|read (more|also)|more on this|recommended|latest from|à lire aussi|lire aussi|sur le même sujet|ver también|lea también|lee también|léase también|lea además|te recomendamos|más noticias|à lire également|à voir aussi|lisez aussi|further reading|(?:next|previously|more) (?:in|from) (?:the|this|our) series|weitere artikel|te puede interesar|noticias relacionadas|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|أخبار ذات صلة)\b\s*:?/iu;
// Page footers, in two patterns (the plain-ASCII phrases alone scan a line faster than all of them together).
const FOOTER_ASCII =
  /copyright|all rights reserved|todos los derechos|alle rechte|leave a reply|your email address|our standards|opens a new tab|accessibility links|reporting by|editing by|with reporting by|report by/i;
const FOOTER_OTHER = /©|tous droits réservés|جميع الحقوق/i;
const STAMP_WORDS = /^\s*(published|updated|last updated|posted|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|نشر في|آخر تحديث)\b/i;
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'approx', 'gov', 'sen', 'rep', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd',
  // Titles before a name: "Prof.", "Maj.", "Jalan Ir. Soekarno" (Indonesian "Insinyur"), "Gral.", "Av." (avenida).
  'prof', 'rev', 'hon', 'maj', 'brig', 'adm', 'cpl', 'pvt', 'mt', 'ir', 'ing', 'lic', 'gral', 'cnel', 'mme', 'dra', 'sra', 'av']);

/** What ends a line of text, not a label or a menu (its last character read, not the line scanned by a pattern). */
const LINE_END_MARKS = '.!?؟:"”»';

/** Splits title and body into sentences, marking page noise. */
export function splitSentences(title: string, text: string): Sentence[] {
  const out: Sentence[] = [];
  // (Every body sentence is a part of the text: one acronym test for all of them.)
  const bodyAcronyms = ACRONYM_HINT.test(text);
  if (title.trim()) pushSentence(out, title.trim(), true, true, false, -1, false, false);
  let inRelated = false;
  let line = 0;
  // (Split on "\n" alone: the "\r" of "\r\n" goes with the trim.)
  for (const rawLine of text.split('\n')) {
    const l = rawLine.trim();
    if (!l) {
      inRelated = false;
      continue;
    }
    const bullet = /^[-•*·▪►+]\s*/.test(l);
    let noise = false;
    // "More from the region:", "Also in Central Asia:": a short heading that opens a block of links.
    if (RELATED_HEADER.test(l) || (/:$/.test(l) && wordCountAtMost(l, 6))) {
      noise = true;
      inRelated = true;
    } else if (inRelated && (bullet || l.length < 120)) noise = true;
    else inRelated = false;
    if (l.length < 200 && (FOOTER_ASCII.test(l) || FOOTER_OTHER.test(l))) noise = true;
    if ((l.includes('|') && /\s\|\s.*\s\|\s/.test(l) && !labelledDateline(l)) || (l.includes('>') && /^[^.!?]{0,40}(\s>\s)/.test(l))) noise = true; // menus, breadcrumbs
    if (/^(photo|file photo|image|caption|photo caption|watch|video|foto|bild|صورة|l[ée]gende(?: photo)?|pie de foto|bildunterschrift|legenda|didascalia)\s*:/iu.test(l)) noise = true;
    // Time stamps: "Monday 9 March 2026, 08:12 CET", "23 November 2025 | Updated 12:30", "Publié le 31 janvier 2026 à 09h20".
    if (l.length < 120 && (STAMP_WORDS.test(l) || (/\b(19|20)\d\d\b/.test(l) && /\b\d{1,2}[:h]\d{2}\b/.test(l)))) noise = true;
    if (!(l.length > 0 && LINE_END_MARKS.includes(l.charAt(l.length - 1))) && wordCountAtMost(l, 3)) noise = true;
    const body = bullet ? l.replace(/^[-•*·▪►+]\s*/, '') : l;
    let first = true;
    for (const s of splitLine(body)) {
      pushSentence(out, s, false, bodyAcronyms, noise, line, first, bullet);
      first = false;
    }
    line++;
  }
  return out;
}

/**
 * A copy of sentence s with other tokens and memo, built as a literal in pushSentence's field order (not a spread):
 * every sentence the classifier reads keeps one hidden class.
 */
export function withTokens(s: Sentence, tokens: Token[], memo: SentenceMemo): Sentence {
  return { index: s.index, text: s.text, tokens, isTitle: s.isTitle, noise: s.noise, bullet: s.bullet, line: s.line, datelineTokens: s.datelineTokens, memo };
}
/** Adds sentence s unless it has no token. (A function, not a closure in splitSentences: tsx names every closure made.) */
function pushSentence(out: Sentence[], s: string, isTitle: boolean, mayHaveAcronyms: boolean, noise: boolean, line: number, firstInLine: boolean, bullet: boolean): void {
  const tokens = tokenize(s, mayHaveAcronyms);
  if (tokens.length === 0) return;
  out.push({ index: out.length, text: s, tokens, isTitle, noise, bullet, line, datelineTokens: firstInLine ? datelineLength(s, tokens) : 0, memo: emptyMemo() });
}
/** At most `n` whitespace-separated words in the trimmed line `l`: fewer than n runs of white space. */
function wordCountAtMost(l: string, n: number): boolean {
  // (Counted by hand: splitting the line on /\s+/ was the costliest of the noise checks.)
  let gaps = 0;
  for (let i = 0; i < l.length; i++) {
    if (!isSpace(codeAt(l, i))) continue;
    if (++gaps >= n) return false;
    while (i + 1 < l.length && isSpace(codeAt(l, i + 1))) i++;
  }
  return true;
}
const SPACE = /\s/;
/** The regex class \s, one character (code) at a time. */
function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}

const LETTER = /\p{L}/u;
/** Whether the character at i is a letter (\p{L}): ASCII by hand, a regex test only beyond it. */
function letterAt(l: string, i: number): boolean {
  const c = codeAt(l, i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(l.charAt(i));
}
/** The run of letters ending at `end` (not before `from`). */
function wordBefore(l: string, end: number, from: number): string {
  let k = end;
  while (k > from && letterAt(l, k - 1)) k--;
  return l.slice(k, end);
}

const GERMAN_MONTH_AFTER = /^(?:Jan|Feb|Mär|Mae|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez|bis\b)/;
// (French quotes keep a space inside: ". « Les quatre terroristes ont été neutralisés »".)
const SENTENCE_END = /[.!?؟]+["”»’)]?\s+(?=(?:["“(]|«\s?)?[\p{Lu}\u0600-\u06FF0-9])/gu;
function splitLine(l: string): string[] {
  const parts: string[] = [];
  let start = 0;
  // An exec loop over one shared pattern (matchAll copies the pattern at every call); it cannot match empty.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(l); m !== null; m = SENTENCE_END.exec(l)) {
    const end = (m.index ?? 0) + m[0].length;
    const lastWord = wordBefore(l, m.index ?? 0, start);
    if (m[0].startsWith('.') && (ABBREV.has(lastWord.toLowerCase()) || lastWord.length === 1)) continue;
    // German ordinals: "am 9. März", "vom 9. bis 11. Mai" are no sentence end.
    if (m[0].startsWith('.') && /(?:^|\s)\d{1,2}$/.test(l.slice(start, m.index)) && GERMAN_MONTH_AFTER.test(l.slice(end, end + 10))) continue;
    parts.push(l.slice(start, end).trim());
    start = end;
  }
  if (start < l.length) parts.push(l.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/** First three letters of the month names in five languages ("dic", "janv", "Okt."), for datelines. */
const MONTH_PREFIXES = new Set(Object.keys(MONTHS).filter((k) => /^[a-z]/.test(k)).map((k) => k.slice(0, 3)));
const MONTH_ABBR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const STANDALONE_DATELINE = /^\p{Lu}[\p{L}.'’ -]{1,28},\s*(?:(?:le\s+)?\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?|\p{L}{3,10}\.?\s+\d{1,2})(?:,?\s+(?:de\s+)?\d{4})?\s*(?:\([^)]{1,80}\)\s*)?$/u;
/**
 * Whether x is a place and a date alone (STANDALONE_DATELINE). Its place, up to 29 letters (58 code units if astral), ends at
 * the first comma: a comma-less line or a later first comma fails without the pattern's backtracking.
 */
function standaloneDateline(x: string): boolean {
  const comma = x.indexOf(',');
  return comma >= 2 && comma <= 58 && STANDALONE_DATELINE.test(x);
}
/** "Port-au-Prince, le 2 septembre 2026 | Actualités | National": a dateline with section labels after it (no menu). */
function labelledDateline(l: string): boolean {
  const bar = l.length <= 130 ? l.indexOf(' | ') : -1;
  return bar > 0 && /^(?:\s\|\s[^|]{1,25})+$/.test(l.slice(bar)) && standaloneDateline(l.slice(0, bar)) && !WEEKDAY_HEAD.test(l);
}
/** (Not a byline's day: "Monday, 19 October 2026".) */
const WEEKDAY_HEAD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),/iu;

// "JAKARTA/CANBERRA, Sept 10 (Wire) -": two places joined by a slash are one dateline.
// ("ADEN, April 8 (Xinhua) -- An explosive-laden drone ...": a doubled hyphen for the dash.)
const DATELINE_DASH = /^([\p{L}\s.'’/-]{2,40}?)(?:,\s*[^–—\-:]{0,40}?)?\s*(?:\([^)]{1,30}\)\s*)?(?:--|[–—-])\s/u;
// ("MOSCOW, February 1. Police in Moscow have detained ...": the date after the place is the dateline's too.)
// ("NEW DELHI, Mar 1 (PTI) Six police personnel ...": the agency in brackets after the date.)
const DATELINE_CAPS = /^([\p{Lu}\s.'’/-]{3,30}),\s(?:(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:,?\s+\d{4})?(?:[.:](?:\s|$)|\s*\([^)]{1,30}\)\s))?/u;
// "KARACHI: Two policemen were ...": the South Asian papers' capitals and a colon.
const DATELINE_CAPS_COLON = /^(\p{Lu}[\p{Lu}\s.'’/-]{2,29}):\s/u;
// "Kathmandu, December 13:", "New Delhi, Dec 12 (PTI):": a dated dateline closed by a colon.
const DATELINE_COLON = /^([\p{L}\s.'’/-]{2,30}),\s*((?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)(?:,?\s+\d{4})?)\s*(?:\([^)]{1,30}\)\s*)?:\s/u;
/** "BAGHDAD, Dec 8 (Reuters) –", "KABUL -", "Baghdad, Feb 16, 2020 (AFP) -", "كابل -": length in tokens. */
function datelineLength(s: string, tokens: Token[]): number {
  // "Lima, 16 de enero de 2026" on a line of its own: a place and a date, all dateline.
  // ("Moscow, 21 June 2026 (translated from Russian-language agency reports)": a note in brackets after it.)
  if (s.length <= 130 && standaloneDateline(s) && !WEEKDAY_HEAD.test(s)) return tokens.length;
  // ("Nacionales | Guatemala, 4 de septiembre de 2026": a section's label before it.)
  const bar = s.length <= 130 ? s.indexOf(' | ') : -1;
  if (bar > 0 && bar <= 25 && standaloneDateline(s.slice(bar + 3)) && !WEEKDAY_HEAD.test(s.slice(bar + 3))) return tokens.length;
  if (labelledDateline(s)) return tokens.length;
  // Cheap pre-checks before the backtracking patterns: a dash within reach, or a capitalised head before a comma.
  const lead = s.slice(0, 130);
  // (The colon and capitals forms both need a first comma within 30 characters.)
  const comma = lead.indexOf(',');
  const commaNear = comma >= 2 && comma <= 30;
  // ("GUWAHATI, Oct 22:": the colon form first, or the capitals form would stop before its date.)
  const c = commaNear && /^[^,]{2,30},[^:]{3,45}:\s/.test(lead) ? DATELINE_COLON.exec(s) : null;
  if (c && MONTH_PREFIXES.has(normalizeWord(c[2]!.replace(/^\d+\s+/, '').split(/[\s.]/)[0] ?? '').slice(0, 3))) return tokensBefore(tokens, c[0].length);
  const m = (/[–—-]\s/.test(lead) ? DATELINE_DASH.exec(s) : null) ?? (commaNear && /^[^,]{3,30},\s/.test(lead) ? DATELINE_CAPS.exec(s) : null);
  if (!m) {
    const colon = lead.indexOf(':');
    const caps = colon >= 3 && colon <= 30 ? DATELINE_CAPS_COLON.exec(s) : null;
    return caps ? tokensBefore(tokens, caps[0].length) : 0;
  }
  const head = m[1] ?? '';
  // A dateline is short and either all caps or followed by a date/agency.
  const allCaps = head === head.toUpperCase();
  if (!allCaps && !/,\s*(\w+\s+\d|\d)/.test(m[0]) && !/\(/.test(m[0]) && !/^[\u0600-\u06FF]/.test(head) && !MONTH_ABBR.test(m[0].split(',')[1]?.trim() ?? '')) return 0;
  return tokensBefore(tokens, m[0].length);
}
function tokensBefore(tokens: Token[], end: number): number {
  let n = 0;
  for (const t of tokens) if (t.start < end) n++;
  return n;
}
