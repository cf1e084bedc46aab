import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/sources/feed-fetcher.ts';
import { FeedParseError } from '../../src/sources/feed-parser.ts';
import { readFeed } from '../../src/sources/read-feed.ts';
import { serverPerTest } from '../helpers/http-server.ts';

const NO_STATE = { etag: null, lastModified: null };
const NOW = new Date('2024-06-15T12:00:00Z');

const serve = serverPerTest();

const feedXml = (title: string, decl = '<?xml version="1.0" encoding="UTF-8"?>'): string => `${decl}
<rss version="2.0"><channel><title>News</title><link>/world/</link>
<item><title>${title}</title><link>story/1?utm_source=rss</link><guid>id-1</guid><pubDate>Fri, 14 Jun 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Body&lt;/p&gt;</description></item></channel></rss>`;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('readFeed', () => {
  it('fetches, decodes (charset from the header) and parses; then a 304 means nothing to do', async () => {
    const requests: Array<Record<string, string | string[] | undefined>> = [];
    const server = await serve((req, res) => {
      requests.push(req.headers);
      if (req.headers['if-none-match'] === '"abc"' && req.headers['if-modified-since'] === 'Fri, 14 Jun 2024 10:00:00 GMT') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1251', etag: '"abc"', 'last-modified': 'Fri, 14 Jun 2024 10:00:00 GMT' });
      res.end(iconv.encode(feedXml('Атака на посольство'), 'windows-1251'));
    });
    const source = { id: 'ru', url: `${server.url}/feeds/ru.xml` };
    const first = await readFeed(source, NO_STATE, { now: NOW });
    expect(first).toEqual({
      status: 'ok',
      articles: [
        {
          sourceId: 'ru',
          itemKey: expect.stringMatching(/^[0-9a-f]{32}$/),
          url: `${server.url}/world/story/1?utm_source=rss`,
          canonicalUrl: `${server.url}/world/story/1`,
          title: 'Атака на посольство',
          text: 'Body',
          published: '2024-06-14',
        },
      ],
      etag: '"abc"',
      lastModified: 'Fri, 14 Jun 2024 10:00:00 GMT',
      finalUrl: source.url,
      warnings: [],
    });
    const ok = first.status === 'ok' ? first : null;
    const second = await readFeed(source, { etag: ok!.etag, lastModified: ok!.lastModified });
    expect(second).toEqual({ status: 'not_modified' });
    expect(requests[1]?.['if-none-match']).toBe('"abc"');
    expect(requests[1]?.['if-modified-since']).toBe('Fri, 14 Jun 2024 10:00:00 GMT');
  });

  it('decodes Latin-1 from the prolog and UTF-16 with a BOM', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      if (req.url === '/latin1') res.end(iconv.encode(feedXml('Ataque à embaixada', '<?xml version="1.0" encoding="ISO-8859-1"?>'), 'latin1'));
      else res.end(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(feedXml('Attaque à l’ambassade', '<?xml version="1.0" encoding="UTF-16"?>'), 'utf-16le')]));
    });
    const latin1 = await readFeed({ id: 'pt', url: `${server.url}/latin1` }, NO_STATE);
    expect(latin1.status === 'ok' && latin1.articles[0]?.title).toBe('Ataque à embaixada');
    const utf16 = await readFeed({ id: 'fr', url: `${server.url}/utf16` }, NO_STATE);
    expect(utf16.status === 'ok' && utf16.articles[0]?.title).toBe('Attaque à l’ambassade');
  });

  it('reports an unknown charset as a warning, not a failure', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=bogus-42' });
      res.end(feedXml('Embassy'));
    });
    const out = await readFeed({ id: 'x', url: server.url }, NO_STATE);
    expect(out.status === 'ok' && out.warnings).toEqual(['unknown charset "bogus-42" (from Content-Type)']);
  });

  it('HTML or JSON served as a feed is a FeedParseError', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>Home</body></html>');
      } else {
        res.writeHead(200, { 'content-type': 'application/feed+json' });
        res.end('{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}');
      }
    });
    const html = await rejection(readFeed({ id: 'h', url: `${server.url}/html` }, NO_STATE));
    expect(html).toBeInstanceOf(FeedParseError);
    expect((html as Error).message).toBe('not a feed: looks like an HTML page');
    const json = await rejection(readFeed({ id: 'j', url: `${server.url}/json` }, NO_STATE));
    expect(json).toBeInstanceOf(FeedParseError);
    expect((json as Error).message).toMatch(/^not a feed: looks like JSON/);
  });

  it('fetch failures propagate as FeedFetchError', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const err = await rejection(readFeed({ id: 'x', url: server.url }, NO_STATE));
    expect(err).toBeInstanceOf(FeedFetchError);
    expect((err as FeedFetchError).code).toBe('http_status');
  });

  it('XXE and external DTDs: nothing the document names is ever fetched', async () => {
    const xxeHits: string[] = [];
    const target = await serve((req, res) => {
      xxeHits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/xml-dtd' });
      res.end('<!ENTITY leaked "SECRET-FROM-TARGET">');
    });
    const feeds = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      if (req.url === '/general') {
        res.end(`<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "${target.url}/general-entity"> ]>
<rss version="2.0"><channel><item><guid>1</guid><title>Hello &xxe;</title></item></channel></rss>`);
      } else if (req.url === '/parameter') {
        res.end(`<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY % remote SYSTEM "${target.url}/parameter-entity"> %remote; ]>
<rss version="2.0"><channel><item><guid>1</guid><title>Hi &leaked;</title></item></channel></rss>`);
      } else {
        res.end(`<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "${target.url}/external.dtd">
<rss version="2.0"><channel><item><guid>1</guid><title>Hey &leaked;</title></item></channel></rss>`);
      }
    });
    const titles: string[] = [];
    for (const path of ['/general', '/parameter', '/external']) {
      const out = await readFeed({ id: 'x', url: `${feeds.url}${path}` }, NO_STATE);
      expect(out.status).toBe('ok');
      if (out.status === 'ok') titles.push(...out.articles.map((a) => a.title));
    }
    expect(titles).toEqual(['Hello &xxe;', 'Hi &leaked;', 'Hey &leaked;']);
    expect(titles.join()).not.toContain('SECRET');
    // Give any stray request time to land before asserting the target was never contacted.
    await new Promise((r) => setTimeout(r, 100));
    expect(xxeHits).toEqual([]);
  });

  it('a feed of 50,000 items is bounded by the item cap', async () => {
    const items = Array.from({ length: 50_000 }, (_, i) => `<item><guid>${i}</guid><title>t${i}</title></item>`).join('');
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel>${items}</channel></rss>`);
    });
    const out = await readFeed({ id: 'big', url: server.url }, NO_STATE, { maxItems: 200 });
    expect(out.status === 'ok' && out.articles.length).toBe(200);
  });
});
