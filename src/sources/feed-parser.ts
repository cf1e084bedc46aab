// Feed text to Articles: cleans the XML so valid-but-quirky feeds parse and hostile DTDs are inert,
// parses with rss-parser (RSS 2.0, 0.9x, RDF, Atom), then normalises items (identity, URLs, text, date).
import { createHash } from 'node:crypto';
import { compile } from 'html-to-text';
import Parser from 'rss-parser';
import type { Article } from '../alerts/types.ts';
import { canonicalizeUrl, resolveUrl, unwrapRedirectUrl } from './urls.ts';

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface ParseFeedOptions {
  sourceId: string;
  /** Items kept per feed (first in document order). Default 500. */
  maxItems?: number;
  /** Cap on each item's plain text, in characters. Default 20,000. */
  maxTextLength?: number;
  /** The URL the feed was fetched from: base for relative links when the feed has no absolute link. */
  baseUrl?: string;
  /** Reference time for rejecting future dates. Default: the current time. */
  now?: Date;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The feed's own (site) link, absolute when it could be resolved. */
  link: string | null;
  items: Article[];
  /** Items present in the document before de-duplication and the maxItems cap. */
  totalItems: number;
}

export type FeedParseErrorCode = 'empty' | 'not_a_feed' | 'malformed';

export class FeedParseError extends Error {
  override name = 'FeedParseError' as const;
  readonly code: FeedParseErrorCode;
  constructor(code: FeedParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

export const DEFAULT_MAX_ITEMS = 500;
export const DEFAULT_MAX_TEXT_LENGTH = 20_000;
const MIN_DATE = Date.UTC(1990, 0, 1);
const MAX_FUTURE_MS = 2 * 24 * 3600 * 1000;

// ---------------------------------------------------------------------------------------------
// Pre-cleaning

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const HTML_ROOTS = new Set(['html', 'head', 'body', 'title', 'div', 'p', 'h1', 'h2', 'a', 'table', 'meta', 'script', 'br', 'span', 'center']);

interface Prepared {
  xml: string;
  root: string;
  /** Namespace prefix of a prefixed Atom root (`<atom:feed>`), stripped from every tag name. */
  atomPrefix: string | null;
  /** Added to the XML parser's line numbers to point into the original document. */
  lineOffset: number;
}

/** Skips a DOCTYPE starting at `i` (at "<!DOCTYPE"); returns the index after it, or -1 if unterminated. */
function skipDoctype(s: string, i: number): number {
  let depth = 0;
  for (let j = i + 9; j < s.length; j++) {
    const c = s[j];
    if (c === '"' || c === "'") {
      const end = s.indexOf(c, j + 1);
      if (end < 0) return -1;
      j = end;
    } else if (c === '<' && s.startsWith('<!--', j)) {
      const end = s.indexOf('-->', j + 4);
      if (end < 0) return -1;
      j = end + 2;
    } else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return j + 1;
  }
  return -1;
}

function looksBinary(s: string): boolean {
  const head = s.slice(0, 512);
  if (head.length === 0) return false;
  const bad = (head.match(/[\x00-\x08\x0E-\x1A\x1C-\x1F\uFFFD]/g) ?? []).length;
  return bad > head.length * 0.1;
}

/**
 * Removes everything before the root element (BOM, whitespace, comments, the XML declaration,
 * processing instructions, and the DOCTYPE with any entity declarations: nothing is ever expanded
 * or fetched), then emits a fresh UTF-8 declaration, since the text is already decoded.
 */
function prepare(input: string): Prepared {
  let s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (s.trim() === '') throw new FeedParseError('empty', 'not a feed: the document is empty');
  const trimmed = s.trimStart();
  if (/^\x1f[\s\S]/.test(trimmed)) {
    throw new FeedParseError('not_a_feed', 'not a feed: looks like gzip-compressed data (served without Content-Encoding?)');
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    throw new FeedParseError('not_a_feed', 'not a feed: looks like JSON (a JSON Feed is not supported)');
  }
  if (looksBinary(trimmed)) throw new FeedParseError('not_a_feed', 'not a feed: looks like binary data');

  // Characters XML 1.0 forbids (NUL, ESC, vertical tab...): a single one would reject the whole feed.
  s = s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '');

  let i = 0;
  let doctypeRoot: string | null = null;
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) {
      throw new FeedParseError('not_a_feed', 'not a feed: no root element (only comments or declarations)');
    }
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      if (end < 0) throw new FeedParseError('malformed', 'malformed feed: unterminated comment before the root element');
      i = end + 3;
    } else if (s.startsWith('<?', i)) {
      const end = s.indexOf('?>', i + 2);
      if (end < 0) throw new FeedParseError('malformed', 'malformed feed: unterminated processing instruction');
      i = end + 2;
    } else if (/^<!doctype/i.test(s.slice(i, i + 9))) {
      doctypeRoot = /^<!doctype\s+([^\s>[]+)/i.exec(s.slice(i, i + 200))?.[1]?.toLowerCase() ?? null;
      const end = skipDoctype(s, i);
      if (end < 0) throw new FeedParseError('malformed', 'malformed feed: unterminated DOCTYPE');
      i = end;
    } else break;
  }

  const rootMatch = /^<([A-Za-z_][\w.:-]*)/.exec(s.slice(i, i + 200));
  if (!rootMatch?.[1]) {
    if (/<html[\s>]/i.test(s.slice(0, 4096))) throw new FeedParseError('not_a_feed', 'not a feed: looks like an HTML page');
    throw new FeedParseError('not_a_feed', 'not a feed: the document is not XML (text before the first element)');
  }
  const root = rootMatch[1];
  const local = (root.includes(':') ? root.slice(root.indexOf(':') + 1) : root).toLowerCase();
  if (doctypeRoot === 'html' || HTML_ROOTS.has(local)) throw new FeedParseError('not_a_feed', 'not a feed: looks like an HTML page');
  if (local === 'opml') throw new FeedParseError('not_a_feed', 'not a feed: looks like an OPML subscription list');
  if (local === 'urlset' || local === 'sitemapindex') throw new FeedParseError('not_a_feed', 'not a feed: looks like an XML sitemap');
  if (local === 'entry') throw new FeedParseError('not_a_feed', 'not a feed: an Atom entry document, not a feed');
  if (local !== 'rss' && local !== 'feed' && local !== 'rdf') {
    throw new FeedParseError('not_a_feed', `not a feed: unexpected root element <${root}>`);
  }
  const atomPrefix = local === 'feed' && root.includes(':') ? root.slice(0, root.indexOf(':')) : null;

  const body = fixEntities(s.slice(i));
  // The fresh declaration takes one line; the dropped prolog took `removed` lines.
  const removed = (s.slice(0, i).match(/\n/g) ?? []).length;
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`, root, atomPrefix, lineOffset: removed - 1 };
}

/**
 * Outside CDATA sections and comments: escapes bare `&` and every named entity other than XML's
 * five, so undeclared entities (HTML's `&nbsp;`, a stripped DTD's `&lol9;`) stay literal text
 * instead of failing the parse or being expanded.
 */
function fixEntities(s: string): string {
  const out: string[] = [];
  const special = /<!\[CDATA\[|<!--/g;
  let pos = 0;
  for (;;) {
    special.lastIndex = pos;
    const m = special.exec(s);
    const end = m ? m.index : s.length;
    out.push(
      s.slice(pos, end).replace(/&(?:(#\d{1,7}|#x[0-9a-fA-F]{1,6})|([A-Za-z_][\w.-]{0,63}))?(;?)/g, (all, num, name, semi) => {
        if (num && semi) return all;
        if (name && semi && XML_ENTITIES.has(name)) return all;
        return `&amp;${all.slice(1)}`;
      }),
    );
    if (!m) break;
    const close = m[0] === '<!--' ? '-->' : ']]>';
    const stop = s.indexOf(close, m.index + m[0].length);
    if (stop < 0) {
      out.push(s.slice(m.index)); // unterminated: leave it for the XML parser to reject
      break;
    }
    out.push(s.slice(m.index, stop + close.length));
    pos = stop + close.length;
  }
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Parsing

type RawItem = Record<string, unknown>;

const CUSTOM_ITEM_FIELDS = ['feedburner:origLink', 'issued', 'modified', 'created', 'dcterms:created', 'dcterms:modified', 'ew:published', 'ew:updated'];

function describeXmlError(err: unknown, lineOffset: number): string {
  const msg = err instanceof Error ? err.message : String(err);
  const first = msg.split('\n')[0] ?? msg;
  // sax counts lines from 0.
  const line = /Line:\s*(\d+)/.exec(msg)?.[1];
  const where = line ? ` at line ${Number(line) + 1 + lineOffset}` : '';
  if (/unclosed root tag|unexpected end/i.test(msg)) return `the document is truncated or not closed: ${first}${where}`;
  return `${first}${where}`;
}

async function parseXml(prepared: Prepared): Promise<{ feed: Parser.Output<RawItem>; format: FeedFormat }> {
  const prefix = prepared.atomPrefix ? `${prepared.atomPrefix}:` : null;
  const isAtom = prepared.root.toLowerCase().endsWith('feed');
  const tagNameProcessors = [
    (name: string): string => {
      const n = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
      // rss-parser turns Atom dates into ISO strings itself and throws on an invalid one; we read them raw.
      if (isAtom && (n === 'published' || n === 'updated')) return `ew:${n}`;
      return n;
    },
  ];
  const parser = new Parser<Record<string, unknown>, RawItem>({
    defaultRSS: 2,
    xml2js: { tagNameProcessors, strict: true },
    customFields: { item: CUSTOM_ITEM_FIELDS as (keyof RawItem)[] },
  });
  let feed: Parser.Output<RawItem>;
  try {
    feed = await parser.parseString(prepared.xml);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (err instanceof TypeError || /not recognized/i.test(msg)) {
      throw new FeedParseError('malformed', `malformed feed: unexpected structure (${msg})`, { cause: err });
    }
    throw new FeedParseError('malformed', `malformed feed XML: ${describeXmlError(err, prepared.lineOffset)}`, { cause: err });
  }
  const local = prepared.root.toLowerCase();
  const format: FeedFormat = local.endsWith('rdf') ? 'rdf' : local.endsWith('feed') ? 'atom' : 'rss';
  return { feed, format };
}

// ---------------------------------------------------------------------------------------------
// Normalising items

const toText = compile({
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'svg', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
  ],
});

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && typeof (v as { _?: unknown })._ === 'string') return (v as { _: string })._;
  return null;
}

function nonEmpty(v: unknown): string | null {
  const s = str(v)?.trim();
  return s ? s : null;
}

function htmlToPlain(html: string, maxLength: number): string {
  // html-to-text cost grows with input; what survives the cap is a prefix, so cut the input first.
  const input = html.length > maxLength * 4 ? html.slice(0, maxLength * 4) : html;
  let text = toText(input)
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '')
    .replace(/[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1).trimEnd()}…`;
  return text;
}

function plainTitle(raw: string | null): string {
  if (!raw) return '';
  return htmlToPlain(raw, 1000).replace(/\s+/g, ' ').trim();
}

function parseDate(raw: string | null, now: Date): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let t: number;
  if (/^\d{9,10}$/.test(s)) t = Number(s) * 1000; // Unix seconds, seen in dc:date
  else t = Date.parse(s);
  if (Number.isNaN(t)) {
    // RFC 822 with a two-digit year or a named zone V8 does not know: retry without the zone.
    const m = /^(?:\w{3},?\s+)?(\d{1,2}\s+\w{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)/.exec(s);
    if (m?.[1]) t = Date.parse(`${m[1]} GMT`);
  }
  if (Number.isNaN(t) || t < MIN_DATE || t > now.getTime() + MAX_FUTURE_MS) return null;
  return new Date(t).toISOString().slice(0, 10);
}

export function hashKey(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

function absoluteHttp(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  const u = resolveUrl(raw, base);
  return u && /^https?:$/.test(u.protocol) ? u.href : null;
}

/**
 * Parses feed text (already decoded) into Articles. Throws FeedParseError for anything that is not
 * an RSS/RDF/Atom feed or is not well-formed after cleaning.
 */
export async function parseFeed(xml: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const maxText = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const now = options.now ?? new Date();

  const prepared = prepare(xml);
  const { feed, format } = await parseXml(prepared);

  const base = options.baseUrl ?? null;
  const feedLink = absoluteHttp(nonEmpty(feed.link), base);
  const linkBase = feedLink ?? base;

  const rawItems = (Array.isArray(feed.items) ? feed.items : []) as RawItem[];
  const seen = new Set<string>();
  const items: Article[] = [];
  for (const item of rawItems) {
    if (items.length >= maxItems) break;
    const guid = nonEmpty(item['guid']) ?? nonEmpty(item['id']);
    const rawLink = nonEmpty(item['link']);
    const rawTitle = nonEmpty(item['title']);
    const rawDate =
      nonEmpty(item['pubDate']) ??
      nonEmpty(item['dc:date']) ??
      nonEmpty(item['ew:published']) ??
      nonEmpty(item['ew:updated']) ??
      nonEmpty(item['issued']) ??
      nonEmpty(item['modified']) ??
      nonEmpty(item['created']) ??
      nonEmpty(item['dcterms:created']) ??
      nonEmpty(item['dcterms:modified']);

    const html =
      nonEmpty(item['content:encoded']) ?? nonEmpty(item['content']) ?? nonEmpty(item['summary']) ?? '';
    const text = htmlToPlain(html, maxText);
    const title = plainTitle(rawTitle);

    // Identity: guid (Atom id), else link, else title plus date; an item with none of them is
    // identified by its text so that identical empty items still collapse.
    const identity = guid
      ? `guid:${guid}`
      : rawLink
        ? `link:${rawLink}`
        : rawTitle || rawDate
          ? `title:${rawTitle ?? ''}\n${rawDate ?? ''}`
          : `text:${text}`;
    const itemKey = hashKey(identity);
    if (seen.has(itemKey)) continue;
    seen.add(itemKey);

    // A permalink guid stands in for a missing link (RSS 2.0: isPermaLink defaults to true).
    const guidIsLink = format !== 'atom' && guid && /^https?:\/\//i.test(guid) ? guid : null;
    const origLink = nonEmpty(item['feedburner:origLink']);
    const resolved = absoluteHttp(origLink, linkBase) ?? absoluteHttp(rawLink, linkBase) ?? absoluteHttp(guidIsLink, linkBase);
    const url = resolved ? unwrapRedirectUrl(resolved) : null;

    items.push({
      sourceId: options.sourceId,
      itemKey,
      url,
      canonicalUrl: url ? canonicalizeUrl(url) : null,
      title,
      text,
      published: parseDate(rawDate, now),
    });
  }

  return {
    format,
    title: plainTitle(nonEmpty(feed.title)) || null,
    link: feedLink,
    items,
    totalItems: rawItems.length,
  };
}
