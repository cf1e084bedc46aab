// Fetches one feed over HTTP(S) defensively: one deadline that really aborts (headers and body),
// a cap on decompressed body bytes, manual redirects with a cap and loop detection, conditional GET.
import { fetch } from 'undici';

export const USER_AGENT = 'embassy-watch/0.1 (+https://github.com/embassy-watch/embassy-watch)';
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

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
  };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;

  // Translates whatever fetch or the body stream threw into a FeedFetchError.
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
        res = await fetch(current, { method: 'GET', headers, redirect: 'manual', signal });
      } catch (err) {
        throw fail(err, current.href);
      }

      if (REDIRECT_STATUSES.has(res.status)) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location');
        const next = location ? parseUrl(location, current.href) : null;
        if (!location || !next) {
          throw new FeedFetchError(
            location ? 'bad_url' : 'http_status',
            location
              ? `redirect from ${current.href} to unsupported URL ${JSON.stringify(location)}`
              : `HTTP ${res.status} redirect without a Location header from ${current.href}`,
            { url: current.href, status: res.status },
          );
        }
        if (visited.has(next.href)) {
          throw new FeedFetchError('too_many_redirects', `redirect loop: ${current.href} redirects back to ${next.href}`, {
            url: current.href,
            status: res.status,
          });
        }
        if (redirects >= opts.maxRedirects) {
          throw new FeedFetchError('too_many_redirects', `more than ${opts.maxRedirects} redirects fetching ${url}`, {
            url: current.href,
            status: res.status,
          });
        }
        visited.add(next.href);
        current = next;
        continue;
      }

      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { status: 'not_modified' };
      }

      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => {});
        const retryAfterSeconds = parseRetryAfter(res.headers.get('retry-after'));
        throw new FeedFetchError(
          'http_status',
          `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${current.href}`,
          { url: current.href, status: res.status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
        );
      }

      const tooLarge = (): FeedFetchError =>
        new FeedFetchError('too_large', `feed body from ${current.href} exceeds the ${opts.maxBytes}-byte cap`, { url: current.href });
      const declared = Number(res.headers.get('content-length'));
      if (!res.headers.get('content-encoding') && Number.isFinite(declared) && declared > opts.maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw tooLarge();
      }

      const chunks: Buffer[] = [];
      let total = 0;
      if (res.body) {
        const reader = res.body.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            total += value.byteLength;
            if (total > opts.maxBytes) {
              await reader.cancel().catch(() => {});
              throw tooLarge();
            }
            chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
          }
        } catch (err) {
          await reader.cancel().catch(() => {});
          throw fail(err, current.href);
        }
      }

      return {
        status: 'ok',
        body: Buffer.concat(chunks, total),
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        finalUrl: current.href,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
