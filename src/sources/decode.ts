// Bytes to text for feed bodies: finds the charset (BOM, Content-Type, XML prolog, sniffing) and
// decodes it with iconv-lite, because rss-parser and xml2js only ever read UTF-8.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'header' | 'prolog' | 'sniff' | 'default';

export interface DecodedBody {
  text: string;
  /** The encoding actually used, as iconv-lite names it (lower case). */
  encoding: string;
  source: CharsetSource;
  /** Set when a declared charset was unknown or the bytes did not fit it; decoding still succeeded. */
  warning: string | null;
}

// WHATWG Encoding Standard labels: browsers (and feed readers) treat these as their supersets.
const SUPERSETS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'l1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  gb2312: 'gbk',
  'gb_2312-80': 'gbk',
  'x-gbk': 'gbk',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  'ks_c_5601-1987': 'euc-kr',
  'x-sjis': 'shift_jis',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

function normaliseLabel(label: string): string {
  const l = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  return SUPERSETS[l] ?? l;
}

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2] ? m[2].toLowerCase() : null;
}

/** The encoding pseudo-attribute of an ASCII-compatible XML declaration, or null. */
export function charsetFromProlog(bytes: Uint8Array): string | null {
  // Only look at the head; the declaration may follow whitespace or a comment in broken feeds.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = /<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII markup interleaved with NUL bytes ("<\0?\0" or "\0<\0?"). */
function sniffUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05 && bytes[0] === 0x3c) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05 && bytes[1] === 0x3c) return 'utf-16be';
  return null;
}


/**
 * Undeclared 8-bit text that is not UTF-8: Latin (windows-1252) or Cyrillic (windows-1251 / KOI8-R).
 * In Cyrillic text whole words are high bytes; in Latin text they are scattered accents. KOI8-R and
 * windows-1251 swap the upper- and lower-case blocks, and running text is mostly lower case.
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  let high = 0;
  let asciiLetters = 0;
  for (const b of bytes) {
    if (b >= 0xc0) high++;
    else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
  }
  // Markup (tag names, URLs) is ASCII, so Cyrillic feeds still have many ASCII letters.
  if (high < (high + asciiLetters) * 0.2) return 'windows-1252';
  const lower = (enc: string): number => {
    const s = iconv.decode(Buffer.from(bytes), enc);
    return (s.match(/[а-яё]/g) ?? []).length;
  };
  return lower('koi8-r') > lower('windows-1251') ? 'koi8-r' : 'windows-1251';
}

/**
 * Decodes a feed body. Order: BOM, Content-Type charset, XML declaration, UTF-16 sniffing, then
 * UTF-8 (or a legacy 8-bit guess when the bytes are not valid UTF-8). Never throws: an unknown
 * charset falls back to UTF-8 and says so in `warning`.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomEncoding(buf);
  if (bom) {
    return { text: iconv.decode(buf.subarray(bom.length), bom.encoding, { stripBOM: true }), encoding: bom.encoding, source: 'bom', warning: null };
  }

  const warnings: string[] = [];
  const candidates: Array<[string | null, CharsetSource]> = [
    [charsetFromContentType(contentType), 'header'],
    [charsetFromProlog(buf), 'prolog'],
  ];
  for (const [label, source] of candidates) {
    if (!label) continue;
    let enc = normaliseLabel(label);
    // A declared UTF-16 in an 8-bit stream (no BOM, no NULs) is a lie; the prolog we just read is ASCII.
    if (/^utf-?16/.test(enc) && !sniffUtf16(buf)) {
      warnings.push(`declared charset "${label}" does not match the bytes`);
      continue;
    }
    if (enc === 'utf-16') enc = sniffUtf16(buf) ?? 'utf-16le';
    if (!iconv.encodingExists(enc)) {
      warnings.push(`unknown charset "${label}" (from ${source === 'header' ? 'Content-Type' : 'XML declaration'})`);
      continue;
    }
    return { text: iconv.decode(buf, enc, { stripBOM: true }), encoding: enc, source, warning: warnings.join('; ') || null };
  }

  const sniffed = sniffUtf16(buf);
  if (sniffed) return { text: iconv.decode(buf, sniffed, { stripBOM: true }), encoding: sniffed, source: 'sniff', warning: warnings.join('; ') || null };

  // Validates in place: a fatal TextDecoder would build the whole text once more just to throw it away.
  if (isUtf8(buf)) return { text: iconv.decode(buf, 'utf-8', { stripBOM: true }), encoding: 'utf-8', source: 'default', warning: warnings.join('; ') || null };

  if (warnings.length === 0) {
    // Undeclared and not UTF-8: guess a legacy 8-bit charset rather than emit replacement characters.
    const guess = guessLegacyEncoding(buf);
    return { text: iconv.decode(buf, guess), encoding: guess, source: 'sniff', warning: null };
  }
  warnings.push('body is not valid UTF-8; invalid bytes replaced');
  return { text: iconv.decode(buf, 'utf-8', { stripBOM: true }), encoding: 'utf-8', source: 'default', warning: warnings.join('; ') };
}
