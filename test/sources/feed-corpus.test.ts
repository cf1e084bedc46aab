// The real-world feeds in ../shared/feeds (captured from public parser test suites), each served
// over a loopback server and read with readFeed: fetch + decode + parse, exactly as in production.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/sources/feed-parser.ts';
import { readFeed, type ReadFeedResult } from '../../src/sources/read-feed.ts';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.ts';

const FEEDS_DIR = fileURLToPath(new URL('../../../shared/feeds', import.meta.url));
const MANIFEST = join(FEEDS_DIR, 'manifest.json');
const NOW = new Date('2025-01-01T00:00:00Z');

interface ManifestEntry {
  file: string;
  format: 'rss2' | 'rss09' | 'rdf' | 'atom' | 'malformed' | 'not-a-feed' | 'hostile';
  encoding: string;
  expected_items: number | null;
  notes: string;
}

const VALID_FORMATS = new Set(['rss2', 'rss09', 'rdf', 'atom']);

/**
 * Expected deviations from the manifest's item counts, each deliberate. The manifest counts the items
 * a parser finds; we also collapse items that share a guid (their identity), keeping the first.
 */
const EXPECTED_DEVIATIONS: Record<string, { items: number; reason: string }> = {
  // Two posts appear twice (same guid and link, edited a few minutes apart): the same story, so one each.
  'rss2_scriptingnews-duplicate-guids.xml': { items: 48, reason: 'duplicate guids collapse (2 pairs)' },
  // Four different stories under one guid and one link: a broken feed. Identity is the guid, so the
  // store could not keep them apart anyway; we keep the first rather than invent unstable keys.
  'rss2_moe-sg-same-guid-x4.xml': { items: 1, reason: 'all 4 items share guid and link' },
  // Two items with the same guid and link (ROME test fixture): one identity.
  'rss2_cdata-guid-rtl.xml': { items: 1, reason: 'both items share guid and link' },
};

/**
 * Files the manifest marks malformed / not-a-feed / hostile: each must end in a FeedParseError or in
 * the bounded, correct result listed here (recovered where the damage is one we deliberately repair).
 */
const BROKEN_OUTCOMES: Record<string, { error: RegExp } | { items: number; why: string }> = {
  'malformed_unescaped-ampersand.xml': { items: 3, why: 'a bare & is escaped before parsing, as browsers and feed readers do' },
  'malformed_incomplete-cdata.xml': { error: /truncated/ },
  'malformed_unclosed-root.xml': { error: /truncated/ },
  'malformed_comment-only-document.xml': { error: /not a feed: no root element/ },
  'malformed_invalid-utf8-after-bom.xml': { error: /truncated/ },
  'malformed_comment-before-xml-decl.xml': { items: 2, why: 'whatever precedes the root element is dropped' },
  'malformed_whitespace-before-xml-decl.xml': { items: 0, why: 'leading whitespace dropped; the feed has no entries' },
  'malformed_atom-wrapped-in-xhtml.xml': { error: /not a feed: looks like an HTML page/ },
  'malformed_missing-closing-rss.xml': { error: /truncated/ },
  'malformed_undeclared-namespace-prefix.xml': { items: 0, why: 'namespaces are not validated; the feed has no items' },
  'malformed_empty-file.xml': { error: /not a feed: the document is empty/ },
  'notafeed_html-minimal.html': { error: /not a feed: looks like an HTML page/ },
  'notafeed_document-moved.html': { error: /not a feed: looks like an HTML page/ },
  'notafeed_daringfireball-homepage.html': { error: /not a feed: looks like an HTML page/ },
  'notafeed_jsonfeed-daringfireball.json': { error: /not a feed: looks like JSON/ },
  'notafeed_gzip-body.xml': { error: /not a feed: looks like gzip/ },
  'notafeed_opml-subscriptions.xml': { error: /not a feed: looks like an OPML/ },
  'notafeed_sitemap.xml': { error: /not a feed: looks like an XML sitemap/ },
  'hostile_billion-laughs-rome.xml': { items: 1, why: 'DTD stripped, &lol9; left unexpanded' },
  'hostile_xxe-atom-entry-rome.xml': { error: /not a feed: an Atom entry document/ },
  'hostile_xss-crazy-html-description.xml': { items: 1, why: 'valid RSS; the hostile HTML becomes inert text' },
  'malformed_truncated-guardian.xml': { error: /truncated/ },
  'malformed_control-chars-in-title.xml': { items: 33, why: 'characters illegal in XML are removed before parsing' },
};

/** Spot checks that legacy and UTF-16 encodings were decoded into the right characters. */
const DECODED_TEXT: Record<string, string> = {
  'rss2_jornaldenoticias-pt-iso-8859-1.xml': 'ç',
  'rss2_uol-noticias-undeclared-latin1.xml': 'ã',
  'rss2_oren-ru-windows-1251.xml': 'ЧОПовцы в Оренбурге избили молодого человека',
  'rss2_kc0011-gb2312.xml': '建国35周年纪念，华表，和平鸽',
  'rss2_koi8r-undeclared.xml': 'Как пережить новогоднюю ночь',
  'rss2_aktuality-sk.xml': 'ž',
  'rss2_bbc-world-utf16le-bom.xml': 'Pope Francis compares child sex abuse',
  'rss2_utf16le-no-bom.xml': 'Test feed title 1',
};

describe.runIf(existsSync(MANIFEST))('feed corpus (../shared/feeds)', () => {
  const manifest = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as ManifestEntry[]) : [];
  const valid = manifest.filter((e) => VALID_FORMATS.has(e.format));
  const broken = manifest.filter((e) => !VALID_FORMATS.has(e.format));
  let server: TestHttpServer;

  beforeAll(async () => {
    // Served as plain XML with no charset, so the body and its declaration decide the encoding.
    server = await startHttpServer((req, res) => {
      const name = decodeURIComponent((req.url ?? '/').slice(1));
      const entry = manifest.find((e) => e.file === name);
      if (!entry) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(readFileSync(join(FEEDS_DIR, 'files', entry.file)));
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  const read = (file: string, maxItems = 10_000): Promise<ReadFeedResult> =>
    readFeed({ id: 'corpus', url: `${server.url}/${encodeURIComponent(file)}` }, { etag: null, lastModified: null }, { maxItems, now: NOW });

  it('lists 98 files, every broken one with an explicit expected outcome', () => {
    expect(manifest).toHaveLength(98);
    expect(broken.map((e) => e.file).sort()).toEqual(Object.keys(BROKEN_OUTCOMES).sort());
    for (const file of Object.keys(EXPECTED_DEVIATIONS)) expect(valid.map((e) => e.file)).toContain(file);
  });

  it.each(valid.map((e) => [e.file, e] as const))('%s yields the expected items, correctly decoded', async (_file, entry) => {
    const t0 = Date.now();
    const out = await read(entry.file);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const expected = EXPECTED_DEVIATIONS[entry.file]?.items ?? entry.expected_items;
    expect(out.articles).toHaveLength(expected!);
    const allText = out.articles.map((a) => `${a.title}\n${a.text}`).join('\n');
    // No replacement characters: every file's bytes are decodable with the right charset. (The NYT
    // file's mojibake is in its bytes, "â€™", so it decodes without U+FFFD yet still reads badly.)
    expect(allText).not.toContain('\uFFFD');
    if (entry.file === 'rss2_nyt-us-mojibake.xml') expect(allText).toContain('â€');
    const spot = DECODED_TEXT[entry.file];
    if (spot) expect(allText).toContain(spot);
    for (const a of out.articles) {
      expect(a.itemKey).toMatch(/^[0-9a-f]{32}$/);
      expect(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published)).toBe(true);
      if (a.url) expect(a.url).toMatch(/^https?:\/\//);
      expect(a.text.length).toBeLessThanOrEqual(20_000);
    }
    expect(new Set(out.articles.map((a) => a.itemKey)).size).toBe(out.articles.length);
  });

  it.each(broken.map((e) => [e.file, e] as const))('%s ends in a clear error or a bounded result', async (_file, entry) => {
    const outcome = BROKEN_OUTCOMES[entry.file]!;
    const t0 = Date.now();
    const result = await read(entry.file).then(
      (r) => ({ ok: true as const, r }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    expect(Date.now() - t0).toBeLessThan(5000);
    if ('error' in outcome) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.e).toBeInstanceOf(FeedParseError);
      expect((result.e as Error).message).toMatch(outcome.error);
    } else {
      expect(result.ok && result.r.status === 'ok' ? result.r.articles.length : result).toBe(outcome.items);
      if (result.ok && result.r.status === 'ok') {
        const all = JSON.stringify(result.r.articles);
        expect(all).not.toContain('lollol');
        expect(all).not.toMatch(/<script|onmouseover|\x1b|\x00/i);
      }
    }
  });

  it('the default item cap bounds the 730-item feed to 500', async () => {
    const out = await readFeed(
      { id: 'corpus', url: `${server.url}/rss2_giantbomb-podcast-LARGE.xml` },
      { etag: null, lastModified: null },
      { now: NOW },
    );
    expect(out.status === 'ok' && out.articles.length).toBe(500);
  });

  it('unwraps the Google Alerts and Google News redirect links to publisher URLs', async () => {
    for (const file of ['atom_google-alerts-redirect-links.xml', 'rss2_googlenews-topstories-2010.xml']) {
      const out = await read(file);
      if (out.status !== 'ok') throw new Error('expected ok');
      expect(out.articles.length).toBeGreaterThan(0);
      for (const a of out.articles) expect(new URL(a.url!).hostname).not.toMatch(/google\./);
    }
  });
});
