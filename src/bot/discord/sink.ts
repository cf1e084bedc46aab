// The Discord sink of the outbox: posts and edits alert embeds through the REST API alone, so
// `embassy-watch deliver` works without a gateway connection.
import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  REST,
  Routes,
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPatchAPIChannelMessageJSONBody,
} from 'discord.js';
import { DeliveryError, type Sink } from '../../alerts/ports.ts';
import { redactSecrets } from '../../app/logger.ts';
import type { DiscordConfig } from './config.ts';
import { NO_MENTIONS, renderAlertEmbed } from './render.ts';

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

export function createDiscordSink(rest: REST): Sink {
  const post = async (channelId: string, body: RESTPostAPIChannelMessageJSONBody) =>
    (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };

  return {
    async send(channelId, alert, context) {
      if (!/^\d{15,21}$/.test(channelId)) {
        throw new DeliveryError(`"${channelId.slice(0, 40)}" is not a Discord channel id`, { permanent: true });
      }
      const embeds = [renderAlertEmbed(alert)];
      try {
        if (context.previousMessageRef) {
          const body: RESTPatchAPIChannelMessageJSONBody = { embeds, allowed_mentions: NO_MENTIONS };
          try {
            await rest.patch(Routes.channelMessage(channelId, context.previousMessageRef), { body });
            return { messageRef: context.previousMessageRef };
          } catch (error) {
            // Someone deleted the first alert: post the update as a new message instead.
            if (!(error instanceof DiscordAPIError && error.code === UNKNOWN_MESSAGE)) throw error;
          }
        }
        // The nonce makes a retried POST (crash between send and record) return the first message.
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
