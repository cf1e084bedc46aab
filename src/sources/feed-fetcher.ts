// Fetches one feed over HTTP(S) defensively: one deadline that really aborts (headers and body),
// a cap on decompressed body bytes, manual redirects with a cap and loop detection, conditional GET.
//
// undici's request(), not fetch(): fetch wraps each response in WHATWG objects (Request, Response,
// Headers, web streams that copy every chunk, abort signals held by a FinalizationRegistry) that
// linger until a full GC, and over a cycle of many feeds that garbage was a large part of the
// process's memory. So Content-Encoding, which fetch undid, is undone here (decompress).
import {
  brotliDecompressSync,
  constants as zlib,
  gunzipSync,
  inflateRawSync,
  inflateSync,
  type BrotliOptions,
  type ZlibOptions,
} from 'node:zlib';
import { getGlobalDispatcher, request, type Dispatcher } from 'undici';

export const USER_AGENT = 'embassy-watch/0.1 (+https://github.com/embassy-watch/embassy-watch)';
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';
const ACCEPT_ENCODING = 'gzip, deflate, br';

export interface FetchOptions {
  /** Deadline for the whole fetch: connect, redirects, headers and body. */
  timeoutMs: number;
  /** Cap on body bytes after decompression. */
  maxBytes: number;
  maxRedirects: number;
  userAgent?: string;
  /** Caller's cancellation (e.g. shutdown). */
  signal?: AbortSignal;
}

export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = Object.freeze({
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
});

export interface FetchState {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | {
      status: 'ok';
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** URL after redirects. */
      finalUrl: string;
    }
  | { status: 'not_modified' };

export type FeedFetchErrorCode = 'timeout' | 'too_large' | 'http_status' | 'too_many_redirects' | 'network' | 'bad_url';

export class FeedFetchError extends Error {
  override name = 'FeedFetchError' as const;
  readonly code: FeedFetchErrorCode;
  readonly url: string;
  readonly status?: number;
  readonly retryAfterSeconds?: number;

  constructor(
    code: FeedFetchErrorCode,
    message: string,
    opts: { url: string; cause?: unknown; status?: number; retryAfterSeconds?: number },
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.url = opts.url;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.retryAfterSeconds !== undefined) this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

// undici's HTTP/1 parser collects a response's raw headers in an array of Buffer slices of the
// socket's read buffer, which also holds the body (a whole feed, when it fits in 64 KB). The parser
// makes that array when the previous response ends and it waits on the connection, so V8 has usually
// moved it to the old generation by the time it is filled; parsed, it is garbage that keeps every
// feed's read buffer alive until the next full GC: ~55 KB a feed, 56 MB over a first cycle of 1,000
// feeds (undici 7.30). The handler this wraps (request()'s) gets the headers parsed into strings, so
// the array is emptied once it has them: the slices then die young.
const releaseRawHeaders: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) =>
  dispatch(opts, {
    onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
    onRequestUpgrade: (controller, statusCode, headers, socket) => handler.onRequestUpgrade?.(controller, statusCode, headers, socket),
    onResponseStart(controller, statusCode, headers, statusMessage) {
      handler.onResponseStart?.(controller, statusCode, headers, statusMessage);
      if (Array.isArray(controller.rawHeaders)) controller.rawHeaders.length = 0;
    },
    onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
    onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
    onResponseError: (controller, error) => handler.onResponseError?.(controller, error),
  });

// The global dispatcher (so that a setGlobalDispatcher still applies) with that interceptor.
const feedDispatchers = new WeakMap<Dispatcher, Dispatcher>();
function feedDispatcher(): Dispatcher {
  const base = getGlobalDispatcher();
  let dispatcher = feedDispatchers.get(base);
  if (!dispatcher) feedDispatchers.set(base, (dispatcher = base.compose(releaseRawHeaders)));
  return dispatcher;
}

function parseUrl(raw: string, base?: string): URL | null {
  try {
    const u = new URL(raw, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Retry-After as seconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, Math.ceil((t - now) / 1000));
}

function describeCause(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    if (e instanceof Error) {
      const code = (e as Error & { code?: unknown }).code;
      parts.push(typeof code === 'string' ? `${code} ${e.message}` : e.message);
      e = e.cause;
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.filter((p, i) => p && parts.indexOf(p) === i).join(': ');
}

// Lenient like browsers and curl: a stream cut short still yields what it holds (Z_SYNC_FLUSH).
const ZLIB: ZlibOptions = { finishFlush: zlib.Z_SYNC_FLUSH };
const BROTLI: BrotliOptions = { finishFlush: zlib.BROTLI_OPERATION_FLUSH };
const DECODERS: Record<string, (body: Buffer, maxOutputLength: number) => Buffer> = {
  gzip: (body, maxOutputLength) => gunzipSync(body, { ...ZLIB, maxOutputLength }),
  'x-gzip': (body, maxOutputLength) => gunzipSync(body, { ...ZLIB, maxOutputLength }),
  // "deflate" is meant to be zlib-wrapped, but some servers send it raw.
  deflate: (body, maxOutputLength) =>
    ((body[0] ?? 0) & 0x0f) === 0x08 ? inflateSync(body, { ...ZLIB, maxOutputLength }) : inflateRawSync(body, { ...ZLIB, maxOutputLength }),
  br: (body, maxOutputLength) => brotliDecompressSync(body, { ...BROTLI, maxOutputLength }),
};
const MAX_CODINGS = 5;

/**
 * Undoes a Content-Encoding (codings listed in the order they were applied). The output is capped
 * at `maxBytes` (a decompression bomb throws ERR_BUFFER_TOO_LARGE); an unknown coding leaves the
 * bytes as they came, as fetch does.
 */
function decompress(body: Buffer, contentEncoding: string | null, maxBytes: number): Buffer {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== 'identity');
  if (codings.length > MAX_CODINGS) throw new Error(`${codings.length} content codings`);
  if (codings.some((c) => !DECODERS[c])) return body;
  let out = body;
  for (const coding of codings.reverse()) if (out.length > 0) out = DECODERS[coding]!(out, maxBytes);
  return out;
}

/**
 * Fetches a feed. Resolves `ok` with the raw (decompressed) body or `not_modified` on 304;
 * every failure is a FeedFetchError with a code and the underlying cause.
 */
export async function fetchFeed(url: string, state: FetchState, options: Partial<FetchOptions> = {}): Promise<FetchOutcome> {
  const opts: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const start = parseUrl(url);
  if (!start) {
    throw new FeedFetchError('bad_url', `bad feed URL ${JSON.stringify(url)}: only absolute http(s) URLs are fetched`, { url });
  }

  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new FeedFetchError('timeout', `timed out after ${opts.timeoutMs} ms fetching ${url}`, { url })),
    opts.timeoutMs,
  );
  const signal = opts.signal ? AbortSignal.any([timeout.signal, opts.signal]) : timeout.signal;

  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? USER_AGENT,
    accept: FEED_ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;

  // Translates whatever the request or the body stream threw into a FeedFetchError.
  const fail = (err: unknown, current: string): FeedFetchError => {
    if (err instanceof FeedFetchError) return err;
    if (timeout.signal.aborted) {
      return new FeedFetchError('timeout', `timed out after ${opts.timeoutMs} ms fetching ${current}`, { url: current, cause: err });
    }
    if (opts.signal?.aborted) {
      return new FeedFetchError('network', `fetch of ${current} aborted by caller`, { url: current, cause: opts.signal.reason ?? err });
    }
    return new FeedFetchError('network', `network error fetching ${current}: ${describeCause(err)}`, { url: current, cause: err });
  };

  let current = start;
  const visited = new Set<string>([start.href]);
  try {
    for (let redirects = 0; ; redirects++) {
      let res;
      try {
        res = await request(current, { method: 'GET', headers, signal, dispatcher: feedDispatcher() });
      } catch (err) {
        throw fail(err, current.href);
      }
      const status = res.statusCode;
      const header = (name: string): string | null => {
        const value = res.headers[name];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      };
      // A body not read is dumped, so that the connection can be reused.
      const discard = () => res.body.dump().catch(() => {});

      if (REDIRECT_STATUSES.has(status)) {
        await discard();
        const location = header('location');
        const next = location ? parseUrl(location, current.href) : null;
        if (!location || !next) {
          throw new FeedFetchError(
            location ? 'bad_url' : 'http_status',
            location
              ? `redirect from ${current.href} to unsupported URL ${JSON.stringify(location)}`
              : `HTTP ${status} redirect without a Location header from ${current.href}`,
            { url: current.href, status },
          );
        }
        if (visited.has(next.href)) {
          throw new FeedFetchError('too_many_redirects', `redirect loop: ${current.href} redirects back to ${next.href}`, {
            url: current.href,
            status,
          });
        }
        if (redirects >= opts.maxRedirects) {
          throw new FeedFetchError('too_many_redirects', `more than ${opts.maxRedirects} redirects fetching ${url}`, {
            url: current.href,
            status,
          });
        }
        visited.add(next.href);
        current = next;
        continue;
      }

      if (status === 304) {
        await discard();
        return { status: 'not_modified' };
      }

      if (status < 200 || status > 299) {
        await discard();
        const retryAfterSeconds = parseRetryAfter(header('retry-after'));
        throw new FeedFetchError(
          'http_status',
          `HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''} from ${current.href}`,
          { url: current.href, status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
        );
      }

      const tooLarge = (): FeedFetchError =>
        new FeedFetchError('too_large', `feed body from ${current.href} exceeds the ${opts.maxBytes}-byte cap`, { url: current.href });
      // The bytes as sent are capped too (compressed ones never exceed the cap when their content fits).
      const declared = Number(header('content-length'));
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        res.body.destroy();
        throw tooLarge();
      }

      const chunks: Buffer[] = [];
      let total = 0;
      try {
        for await (const chunk of res.body as AsyncIterable<Buffer>) {
          total += chunk.length;
          if (total > opts.maxBytes) {
            res.body.destroy();
            throw tooLarge();
          }
          chunks.push(chunk);
        }
      } catch (err) {
        res.body.destroy();
        throw fail(err, current.href);
      }

      let body: Buffer;
      try {
        body = decompress(Buffer.concat(chunks, total), header('content-encoding'), opts.maxBytes);
      } catch (err) {
        if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw new FeedFetchError('network', `cannot decompress the body from ${current.href}: ${describeCause(err)}`, {
          url: current.href,
          cause: err,
        });
      }
      return {
        status: 'ok',
        body,
        contentType: header('content-type'),
        etag: header('etag'),
        lastModified: header('last-modified'),
        finalUrl: current.href,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
