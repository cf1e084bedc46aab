import type { IncomingHttpHeaders } from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FeedFetchError, fetchFeed, USER_AGENT, DEFAULT_FETCH_OPTIONS, type FetchOptions } from '../../src/sources/feed-fetcher.ts';
import { serverPerTest, startHttpServer } from '../helpers/http-server.ts';

const NO_STATE = { etag: null, lastModified: null };
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

const serve = serverPerTest();

async function fetchError(url: string, options: Partial<FetchOptions> = {}, state = NO_STATE): Promise<FeedFetchError> {
  const err = await fetchFeed(url, state, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedFetchError);
  return err as FeedFetchError;
}

describe('fetchFeed', () => {
  it('exports sensible defaults', () => {
    expect(DEFAULT_FETCH_OPTIONS).toEqual({ timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 });
  });

  it('fetches a feed, sending the project User-Agent and a feed Accept header', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = await serve((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' });
      res.end(RSS);
    });
    const out = await fetchFeed(`${server.url}/feed.xml`, NO_STATE, {});
    expect(out).toEqual({
      status: 'ok',
      body: Buffer.from(RSS),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
      finalUrl: `${server.url}/feed.xml`,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toBe('embassy-watch/0.1 (+https://github.com/embassy-watch/embassy-watch)');
    expect(seen[0]!.accept).toMatch(/application\/rss\+xml/);
    expect(seen[0]!.accept).toMatch(/application\/atom\+xml/);
    expect(seen[0]!['if-none-match']).toBeUndefined();
    expect(seen[0]!['if-modified-since']).toBeUndefined();
  });

  it('sends If-None-Match / If-Modified-Since and maps 304 to not_modified', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = await serve((req, res) => {
      seen.push(req.headers);
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
        return;
      }
      res.writeHead(200, { etag: '"v1"' });
      res.end(RSS);
    });
    const state = { etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' };
    expect(await fetchFeed(server.url, state, {})).toEqual({ status: 'not_modified' });
    expect(seen[0]!['if-none-match']).toBe('"v1"');
    expect(seen[0]!['if-modified-since']).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
  });

  it('times out when the server never sends headers', async () => {
    const server = await serve(() => {
      /* never answers */
    });
    const t0 = Date.now();
    const err = await fetchError(server.url, { timeoutMs: 300 });
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/timed out after 300 ms/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('times out on a slow-drip body (the deadline covers the body too)', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>');
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    const t0 = Date.now();
    const err = await fetchError(server.url, { timeoutMs: 500 });
    expect(err.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('reports a 500 with its status and a clear message', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    });
    const err = await fetchError(`${server.url}/feed`);
    expect(err.name).toBe('FeedFetchError');
    expect(err.code).toBe('http_status');
    expect(err.status).toBe(500);
    expect(err.message).toBe(`HTTP 500 Internal Server Error from ${server.url}/feed`);
  });

  it('reports Retry-After on 429 and 503', async () => {
    const server = await serve((req, res) => {
      res.writeHead(req.url === '/a' ? 429 : 503, { 'retry-after': req.url === '/a' ? '120' : new Date(Date.now() + 60_000).toUTCString() });
      res.end();
    });
    const a = await fetchError(`${server.url}/a`);
    expect(a.status).toBe(429);
    expect(a.retryAfterSeconds).toBe(120);
    const b = await fetchError(`${server.url}/b`);
    expect(b.status).toBe(503);
    expect(b.retryAfterSeconds).toBeGreaterThan(50);
    expect(b.retryAfterSeconds).toBeLessThanOrEqual(61);
  });

  it('refuses a body over the cap, declared or streamed', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    const server = await serve((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': String(big.length) });
        res.end(big);
        return;
      }
      // Endless chunked body: only the cap stops it.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'b');
      const pump = (): void => {
        while (res.write(chunk)) {
          /* fill the buffer */
        }
      };
      res.on('drain', pump);
      pump();
    });
    const declared = await fetchError(`${server.url}/declared`, { maxBytes: 1024 * 1024 });
    expect(declared.code).toBe('too_large');
    expect(declared.message).toMatch(/exceeds the 1048576-byte cap/);
    const endless = await fetchError(`${server.url}/endless`, { maxBytes: 1024 * 1024, timeoutMs: 10_000 });
    expect(endless.code).toBe('too_large');
  });

  it('decompresses gzip and stops a gzip bomb at the cap (decompressed bytes count)', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const small = gzipSync(Buffer.from(RSS));
    const server = await serve((req, res) => {
      const body = req.url === '/bomb' ? bomb : small;
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(body.length) });
      res.end(body);
    });
    const ok = await fetchFeed(`${server.url}/small`, NO_STATE, {});
    expect(ok.status === 'ok' && ok.body.toString()).toBe(RSS);
    const rssBefore = process.memoryUsage().rss;
    const err = await fetchError(`${server.url}/bomb`, { maxBytes: 1024 * 1024 });
    expect(err.code).toBe('too_large');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(48 * 1024 * 1024);
  });

  it('follows redirects up to the cap and reports the final URL', async () => {
    const hits: string[] = [];
    const server = await serve((req, res) => {
      hits.push(req.url ?? '');
      const n = Number(/^\/r\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
      if (n > 0) {
        res.writeHead(n % 2 ? 301 : 307, { location: `/r/${n - 1}` });
        res.end();
      } else {
        res.writeHead(200);
        res.end(RSS);
      }
    });
    const ok = await fetchFeed(`${server.url}/r/3`, NO_STATE, { maxRedirects: 3 });
    expect(ok.status === 'ok' && ok.finalUrl).toBe(`${server.url}/r/0`);
    hits.length = 0;
    const err = await fetchError(`${server.url}/r/9`, { maxRedirects: 3 });
    expect(err.code).toBe('too_many_redirects');
    expect(err.message).toMatch(/more than 3 redirects/);
    expect(hits).toEqual(['/r/9', '/r/8', '/r/7', '/r/6']); // 3 redirects followed, the 4th refused
  });

  it('detects a redirect loop', async () => {
    const server = await serve((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
      res.end();
    });
    const err = await fetchError(`${server.url}/a`, { maxRedirects: 50 });
    expect(err.code).toBe('too_many_redirects');
    expect(err.message).toMatch(/redirect loop/);
  });

  it('fetches only http(s), including redirect targets', async () => {
    expect((await fetchError('ftp://example.com/feed')).code).toBe('bad_url');
    expect((await fetchError('not a url')).code).toBe('bad_url');
    expect((await fetchError('file:///etc/passwd')).code).toBe('bad_url');
    const server = await serve((_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    const err = await fetchError(server.url);
    expect(err.code).toBe('bad_url');
  });

  it('reports a refused connection as a network error with its cause', async () => {
    const server = await startHttpServer((_req, res) => res.end());
    const url = server.url;
    await server.close();
    const err = await fetchError(url);
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.cause).toBeDefined();
  });

  it("honours the caller's abort signal", async () => {
    const server = await serve(() => {
      /* never answers */
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('shutting down')), 100);
    const err = await fetchError(server.url, { signal: ac.signal, timeoutMs: 10_000 });
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/aborted by caller/);
  });
});
