// One source, one poll: fetch (conditional GET) + decode + parse into Articles.
import type { Article } from '../alerts/types.ts';
import { decodeBody } from './decode.ts';
import { fetchFeed, type FetchOptions, type FetchOutcome, type FetchState } from './feed-fetcher.ts';
import { parseFeed } from './feed-parser.ts';

type FetchedBody = Extract<FetchOutcome, { status: 'ok' }>;
const EMPTY = Buffer.alloc(0);

export interface FeedSource {
  id: string;
  url: string;
}

export interface ReadFeedOptions extends Partial<FetchOptions> {
  maxItems?: number;
  maxTextLength?: number;
  now?: Date;
}

export type ReadFeedResult =
  | {
      status: 'ok';
      articles: Article[];
      etag: string | null;
      lastModified: string | null;
      /** URL after redirects. */
      finalUrl: string;
      /** Charset problems worth logging (unknown or mismatched charset); the feed was still read. */
      warnings: string[];
    }
  | { status: 'not_modified' };

/** Errors propagate as FeedFetchError or FeedParseError. */
export async function readFeed(source: FeedSource, state: FetchState, options: ReadFeedOptions = {}): Promise<ReadFeedResult> {
  const { maxItems, maxTextLength, now, ...fetchOptions } = options;
  const outcome = await fetchFeed(source.url, state, fetchOptions);
  if (outcome.status === 'not_modified') return outcome;
  // Decoded and parsed in a function of its own. This frame has waited on the network, so V8 has
  // moved it to the old generation, where anything it still refers to (the text, the parsed items)
  // would outlive the feed until the next full GC instead of dying young.
  return parseBody(source, outcome, { maxItems, maxTextLength, now });
}

async function parseBody(
  source: FeedSource,
  outcome: FetchedBody,
  options: Pick<ReadFeedOptions, 'maxItems' | 'maxTextLength' | 'now'>,
): Promise<ReadFeedResult> {
  const { maxItems, maxTextLength, now } = options;
  const decoded = decodeBody(outcome.body, outcome.contentType);
  // Let go of the body for the same reason: fetchFeed's settled promise still holds `outcome`.
  outcome.body = EMPTY;
  const parsed = await parseFeed(decoded.text, {
    sourceId: source.id,
    baseUrl: outcome.finalUrl,
    ...(maxItems === undefined ? {} : { maxItems }),
    ...(maxTextLength === undefined ? {} : { maxTextLength }),
    ...(now === undefined ? {} : { now }),
  });
  return {
    status: 'ok',
    articles: parsed.items,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    finalUrl: outcome.finalUrl,
    warnings: decoded.warning ? [decoded.warning] : [],
  };
}
