// The Slack sink of the outbox: posts alerts with chat.postMessage and edits them with
// chat.update, through the Web API alone (no receiver), so `embassy-watch deliver` works on its own.
// Posts to one channel are spaced at Slack's rate (about one message a second per channel); a 429
// is waited out in place when short and handed back to the outbox (retryAfterMs) when long.
// Slack has no nonce: each post carries the delivery's nonce in its message metadata, and a send
// the outbox marks unconfirmed (a crash or a lost response after an earlier attempt) first looks for
// that message — in the channel's history, or the thread's replies for an update posted in a thread
// — from just before its first attempt on, and adopts it instead of posting again.
import { webApi } from '@slack/bolt';
import { DeliveryError, type Sink } from '../../alerts/ports.ts';
import type { Alert } from '../../alerts/types.ts';
import type { Logger } from '../../app/logger.ts';
import { renderAlert } from './render-alert.ts';

type WebClient = InstanceType<typeof webApi.WebClient>;

export interface SlackSinkOptions {
  client: WebClient;
  log?: Logger;
  /** Least time between two messages to one channel (default 1000 ms). */
  perChannelIntervalMs?: number;
  /** Longest total 429 wait done in place; a longer Retry-After goes back to the outbox (default 30 s). */
  maxRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Messages per page an unconfirmed send reads looking for its earlier post (default 200). */
  historyPageSize?: number;
  /** Most pages it reads before giving up and posting (default 10). */
  historyPages?: number;
  /** How long before the first attempt that reading starts, for clock skew (default 5 minutes). */
  historyMarginMs?: number;
}

/** The metadata event type of every alert post; its payload carries the delivery nonce. */
export const ALERT_EVENT_TYPE = 'embassy_watch_alert';

/** Slack errors that no retry will fix: the delivery is marked failed with the reason. */
export const PERMANENT_SLACK_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'team_access_not_granted',
  'org_login_required',
  'invalid_blocks',
  'invalid_arguments',
  'msg_too_long',
  'no_text',
]);

// When the original can no longer be edited, the update goes into its thread instead.
const THREAD_INSTEAD = new Set(['cant_update_message', 'edit_window_closed', 'update_failed']);

export class SlackApiError extends Error {
  override name = 'SlackApiError';
  constructor(
    readonly method: string,
    readonly code: string,
    options: { cause?: unknown } = {},
  ) {
    super(`Slack ${method} failed: ${code}`, options);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function toDeliveryError(method: string, error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const code = errorCode(error);
  if (code === webApi.ErrorCode.PlatformError) {
    const slackError = String((error as { data?: { error?: unknown } }).data?.error ?? 'unknown_error');
    return new DeliveryError(`Slack ${method}: ${slackError}`, {
      permanent: PERMANENT_SLACK_ERRORS.has(slackError),
      cause: new SlackApiError(method, slackError),
    });
  }
  if (code === webApi.ErrorCode.HTTPError) {
    const status = (error as { statusCode?: number }).statusCode;
    return new DeliveryError(`Slack ${method}: HTTP ${status ?? 'error'}`, { permanent: false, cause: error });
  }
  const text = error instanceof Error ? error.message : String(error);
  return new DeliveryError(`Slack ${method}: ${text}`, { permanent: false, cause: error });
}

function slackErrorOf(error: unknown): string | null {
  return error instanceof DeliveryError && error.cause instanceof SlackApiError ? error.cause.code : null;
}

/** "C123:1712345678.000100" -> channel and ts; a bare ts belongs to the delivery's channel. */
export function parseMessageRef(ref: string, channel: string): { channel: string; ts: string } {
  const colon = ref.indexOf(':');
  return colon === -1 ? { channel, ts: ref } : { channel: ref.slice(0, colon), ts: ref.slice(colon + 1) };
}

export function createSlackSink(options: SlackSinkOptions): Sink {
  const { client } = options;
  const interval = options.perChannelIntervalMs ?? 1000;
  const maxWait = options.maxRateLimitWaitMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  const pageSize = options.historyPageSize ?? 200;
  const maxPages = options.historyPages ?? 10;
  const marginMs = options.historyMarginMs ?? 5 * 60_000;
  const lanes = new Map<string, { tail: Promise<unknown>; nextAt: number }>();

  /** Runs calls to one channel one at a time, `interval` apart. */
  function inLane<T>(channel: string, fn: () => Promise<T>): Promise<T> {
    const lane = lanes.get(channel) ?? { tail: Promise.resolve(), nextAt: 0 };
    lanes.set(channel, lane);
    const run = lane.tail.then(async () => {
      const wait = lane.nextAt - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await fn();
      } finally {
        lane.nextAt = Date.now() + interval;
      }
    });
    lane.tail = run.catch(() => undefined);
    return run;
  }

  /** Calls the Web API, waiting out 429s up to maxWait in all. */
  async function call<T>(method: string, fn: () => Promise<T>): Promise<T> {
    let waited = 0;
    for (;;) {
      try {
        return await fn();
      } catch (error) {
        if (errorCode(error) === webApi.ErrorCode.RateLimitedError) {
          const ms = Math.max(1, (error as { retryAfter?: number }).retryAfter ?? 1) * 1000;
          if (waited + ms <= maxWait) {
            options.log?.warn({ method, retryAfterMs: ms }, 'Slack rate limit: waiting');
            waited += ms;
            await sleep(ms);
            continue;
          }
          throw new DeliveryError(`Slack ${method}: rate limited, retry after ${ms / 1000}s`, {
            permanent: false,
            retryAfterMs: ms,
            cause: error,
          });
        }
        throw toDeliveryError(method, error);
      }
    }
  }

  /**
   * The ts of an earlier post tagged with this nonce, or null: among the channel's top-level
   * messages, or the replies in `threadTs`'s thread, from just before `firstAttemptAt` on (or the
   * latest pages without it). A transient failure is thrown (the outbox retries later rather than
   * risk a second post); a permanent one (e.g. an install without the history scopes) is logged
   * and the post goes ahead, as it does when the search runs out of pages.
   */
  async function findPosted(channel: string, nonce: string, firstAttemptAt: string | undefined, threadTs?: string): Promise<string | null> {
    const method = threadTs ? 'conversations.replies' : 'conversations.history';
    const since = firstAttemptAt ? Date.parse(firstAttemptAt) : NaN;
    const oldest = Number.isFinite(since) ? ((since - marginMs) / 1000).toFixed(6) : undefined;
    let cursor: string | undefined;
    try {
      for (let page = 0; page < maxPages; page++) {
        const args = {
          channel,
          limit: pageSize,
          include_all_metadata: true,
          ...(oldest ? { oldest } : {}),
          ...(cursor ? { cursor } : {}),
        };
        const result = await call(method, () =>
          threadTs ? client.conversations.replies({ ...args, ts: threadTs }) : client.conversations.history(args),
        );
        for (const m of result.messages ?? []) {
          const metadata = (m as { metadata?: { event_type?: string; event_payload?: { nonce?: unknown } } }).metadata;
          if (m.ts && metadata?.event_type === ALERT_EVENT_TYPE && metadata.event_payload?.nonce === nonce) return m.ts;
        }
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!result.has_more || !cursor) return null;
      }
      options.log?.warn({ channel, method, pages: maxPages }, 'Slack history too long to search for an earlier post of this alert: posting');
      return null;
    } catch (error) {
      if (error instanceof DeliveryError && error.permanent) {
        options.log?.warn({ channel, err: error.message }, 'Slack history unreadable: cannot check for an earlier post of this alert');
        return null;
      }
      throw error;
    }
  }

  async function post(
    channel: string,
    message: ReturnType<typeof renderAlert>,
    tag: { alert: Alert; nonce: string; unconfirmed: boolean; firstAttemptAt: string | undefined },
    threadTs?: string,
  ): Promise<string> {
    // A thread reply is a post of its own, distinct from a top-level post of the same send (after a
    // refused edit, the original may be deleted before a retry), so it gets a nonce of its own.
    const nonce = threadTs ? `${tag.nonce}:reply` : tag.nonce;
    const result = await inLane(channel, async () => {
      if (tag.unconfirmed) {
        const ts = await findPosted(channel, nonce, tag.firstAttemptAt, threadTs);
        if (ts) {
          options.log?.info({ channel, ts, thread: threadTs ?? null, incident: tag.alert.incidentId }, 'Slack alert was already posted: adopting it');
          return { channel, ts };
        }
      }
      return call('chat.postMessage', () =>
        client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          link_names: false,
          metadata: {
            event_type: ALERT_EVENT_TYPE,
            event_payload: { nonce, incident: tag.alert.incidentId, version: tag.alert.version },
          },
          ...(threadTs ? { thread_ts: threadTs } : {}),
        }),
      );
    });
    if (!result.ts) throw new DeliveryError('Slack chat.postMessage returned no ts', { permanent: false });
    return `${result.channel ?? channel}:${result.ts}`;
  }

  return {
    async send(target, alert, context) {
      if (!target) throw new DeliveryError('no Slack channel id in the channel', { permanent: true });
      const message = renderAlert(alert);
      const tag = { alert, nonce: context.nonce, unconfirmed: context.unconfirmed === true, firstAttemptAt: context.firstAttemptAt };
      if (!context.previousMessageRef) return { messageRef: await post(target, message, tag) };

      const { channel, ts } = parseMessageRef(context.previousMessageRef, target);
      try {
        await inLane(channel, () =>
          call('chat.update', () =>
            client.chat.update({ channel, ts, text: message.text, blocks: message.blocks, link_names: false }),
          ),
        );
        return { messageRef: `${channel}:${ts}` };
      } catch (error) {
        const code = slackErrorOf(error);
        if (code && THREAD_INSTEAD.has(code)) {
          options.log?.info({ channel, ts, reason: code }, 'Slack alert not editable: replying in its thread');
          await post(channel, message, tag, ts);
          return { messageRef: `${channel}:${ts}` };
        }
        if (code === 'message_not_found') {
          // Someone deleted the original; the update stands as the alert now.
          options.log?.info({ channel, ts }, 'Slack alert was deleted: posting the update anew');
          return { messageRef: await post(channel, message, tag) };
        }
        throw error;
      }
    },
  };
}
