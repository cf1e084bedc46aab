// The Discord sink of the outbox: posts and edits alert embeds through the REST API alone, so
// `embassy-watch deliver` works without a gateway connection.
// A post carries the delivery nonce twice: as Discord's `nonce` with `enforce_nonce` (a repeat within
// a few minutes returns the first message) and in the embed footer (see isAlertWithRef). Discord
// forgets nonces after those minutes, so a send the outbox marks unconfirmed (a crash or a lost
// response after an earlier attempt) first reads the channel from that attempt on and adopts its
// earlier post, if there is one, instead of posting again.
import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  REST,
  Routes,
  SnowflakeUtil,
  type APIEmbed,
  type APIMessage,
  type APIUser,
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPatchAPIChannelMessageJSONBody,
} from 'discord.js';
import { DeliveryError, type Sink } from '../../alerts/ports.ts';
import { redactSecrets, type Logger } from '../../app/logger.ts';
import type { DiscordConfig } from './config.ts';
import { isAlertWithRef, NO_MENTIONS, renderAlertEmbed } from './render.ts';

export interface DiscordRestOptions {
  /** Longest rate-limit wait the client sits out itself; longer ones reject and the outbox retries later. */
  maxRateLimitWaitMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Retries of 5xx and network errors inside one send. */
  retries?: number;
}

export const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 15_000;

/** A REST client for the configured API base; 429s are waited out (retry_after) up to a bound. */
export function createDiscordRest(config: Pick<DiscordConfig, 'token' | 'apiUrl'>, options: DiscordRestOptions = {}): REST {
  const maxWait = options.maxRateLimitWaitMs ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS;
  return new REST({
    api: config.apiUrl,
    version: '10',
    timeout: options.timeoutMs ?? 15_000,
    retries: options.retries ?? 2,
    rejectOnRateLimit: (data) => Math.max(data.retryAfter, data.timeToReset) > maxWait,
  }).setToken(config.token);
}

/** Discord's JSON error codes that mean the channel or message cannot be used, whatever we retry. */
const UNKNOWN_MESSAGE = 10008;

function describeApiError(error: DiscordAPIError): string {
  return redactSecrets(`Discord refused (${error.status} ${error.code}): ${error.message}`);
}

/** Maps what the REST client threw into a DeliveryError the dispatcher understands. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof RateLimitError) {
    return new DeliveryError(`Discord rate limit: retry in ${Math.ceil(error.retryAfter / 1000)} s`, {
      permanent: false,
      retryAfterMs: Math.max(error.retryAfter, error.timeToReset),
      cause: error,
    });
  }
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      // A wrong or revoked token: every delivery fails alike, and fixing the token should resume them.
      return new DeliveryError('Discord rejected the bot token (401); check DISCORD_TOKEN', { permanent: false, cause: error });
    }
    if (error.status === 429) {
      return new DeliveryError('Discord rate limit', { permanent: false, cause: error });
    }
    // 403 Missing Access / Missing Permissions, 404 Unknown Channel, 400 invalid body: retrying cannot help.
    return new DeliveryError(describeApiError(error), { permanent: error.status >= 400 && error.status < 500, cause: error });
  }
  if (error instanceof HTTPError) {
    return new DeliveryError(`Discord server error ${error.status}`, { permanent: false, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(redactSecrets(`Discord unreachable: ${message}`), { permanent: false, cause: error });
}

export interface DiscordSinkOptions {
  log?: Logger;
  /** Most pages of 100 messages an unconfirmed send reads looking for its earlier post (default 10). */
  historyPages?: number;
  /** How long before the first attempt that reading starts, for clock skew (default 5 minutes). */
  historyMarginMs?: number;
}

const PAGE_SIZE = 100; // the most GET /channels/{id}/messages returns

/** The smallest snowflake of this instant: `after` it means "posted at or after that time". */
function snowflakeAt(ms: number): string {
  const timestamp = Math.max(ms, Number(SnowflakeUtil.epoch));
  return SnowflakeUtil.generate({ timestamp, increment: 0n, processId: 0n, workerId: 0n }).toString();
}

function newestId(messages: APIMessage[]): string {
  return messages.map((m) => BigInt(m.id)).reduce((a, b) => (a > b ? a : b)).toString();
}

export function createDiscordSink(rest: REST, options: DiscordSinkOptions = {}): Sink {
  const log = options.log;
  const maxPages = options.historyPages ?? 10;
  const marginMs = options.historyMarginMs ?? 5 * 60_000;
  const post = async (channelId: string, body: RESTPostAPIChannelMessageJSONBody) =>
    (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
  const edit = (channelId: string, messageId: string, embeds: APIEmbed[]) => {
    const body: RESTPatchAPIChannelMessageJSONBody = { embeds, allowed_mentions: NO_MENTIONS };
    return rest.patch(Routes.channelMessage(channelId, messageId), { body });
  };

  // Only our own messages count: another bot could copy an alert's footer.
  let me: Promise<string> | null = null;
  const botUserId = () =>
    (me ??= (rest.get(Routes.user()) as Promise<APIUser>).then(
      (user) => user.id,
      (error: unknown) => {
        me = null; // a later lookup asks again
        throw error;
      },
    ));

  /**
   * The id of our earlier post of this nonce, read forward from just before its first attempt (or,
   * without that time, among the newest messages), or null. A transient failure is thrown (the
   * outbox retries later rather than risk a second post); no permission to read (403) is logged and
   * the post goes ahead, as it does when the search runs out of pages. Note that Discord answers a
   * bot without Read Message History with no messages rather than a 403.
   */
  async function findPosted(channelId: string, nonce: string, firstAttemptAt: string | undefined): Promise<string | null> {
    const since = firstAttemptAt ? Date.parse(firstAttemptAt) : NaN;
    let after = Number.isFinite(since) ? snowflakeAt(since - marginMs) : undefined;
    try {
      const self = await botUserId();
      for (let page = 0; page < maxPages; page++) {
        const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(after ? { after } : {}) });
        const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
        const earlier = messages.find((m) => m.author.id === self && m.embeds.some((e) => isAlertWithRef(e, nonce)));
        if (earlier) return earlier.id;
        // A short page is the present; without a start time only the newest page is read.
        if (messages.length < PAGE_SIZE || !after) return null;
        after = newestId(messages);
      }
      log?.warn({ channel: channelId, pages: maxPages }, 'Discord history too long to search for an earlier post of this alert: posting');
      return null;
    } catch (error) {
      if (error instanceof DiscordAPIError && error.status === 403) {
        log?.warn({ channel: channelId, err: describeApiError(error) }, 'Discord history unreadable: cannot check for an earlier post of this alert');
        return null;
      }
      throw error;
    }
  }

  return {
    async send(channelId, alert, context) {
      if (!/^\d{15,21}$/.test(channelId)) {
        throw new DeliveryError(`"${channelId.slice(0, 40)}" is not a Discord channel id`, { permanent: true });
      }
      const embeds = [renderAlertEmbed(alert, { ref: context.nonce })];
      try {
        if (context.previousMessageRef) {
          try {
            await edit(channelId, context.previousMessageRef, embeds);
            return { messageRef: context.previousMessageRef };
          } catch (error) {
            // Someone deleted the first alert: post the update as a new message instead.
            if (!(error instanceof DiscordAPIError && error.code === UNKNOWN_MESSAGE)) throw error;
          }
        }
        if (context.unconfirmed) {
          const earlier = await findPosted(channelId, context.nonce, context.firstAttemptAt);
          if (earlier) {
            log?.info({ channel: channelId, message: earlier, incident: alert.incidentId }, 'Discord alert was already posted: adopting it');
            // The earlier post may predate facts added since it was rendered; an edit is idempotent.
            if (alert.isUpdate) await edit(channelId, earlier, embeds);
            return { messageRef: earlier };
          }
        }
        // The nonce makes a POST repeated within minutes (crash between send and record) return the first message.
        const message = await post(channelId, {
          embeds,
          allowed_mentions: NO_MENTIONS,
          nonce: context.nonce.slice(0, 25),
          enforce_nonce: true,
        });
        return { messageRef: message.id };
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}
