// Discord settings from the environment, validated where they enter. The token never leaves here
// except into the REST client and the gateway login.
import { z } from 'zod';

export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** REST base URL without the version, e.g. https://discord.com/api */
  apiUrl: string;
  /** False when this process must not hold a gateway connection (a sharded deployment's scheduler). */
  gateway: boolean;
}

const envSchema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1, 'is empty'),
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{15,21}$/, 'must be the numeric application id'),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .optional()
    .transform((url) => (url ?? DEFAULT_DISCORD_API_URL).replace(/\/+$/, '')),
  DISCORD_GATEWAY: z.enum(['on', 'off']).optional(),
});

export class DiscordConfigError extends Error {
  override name = 'DiscordConfigError';
}

/** Null when the token or application id is unset (Discord is off); throws naming every bad variable. */
export function discordConfigFromEnv(env: NodeJS.ProcessEnv): DiscordConfig | null {
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) return null;
  const parsed = envSchema.safeParse({
    DISCORD_TOKEN: env.DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: env.DISCORD_APPLICATION_ID,
    DISCORD_API_URL: env.DISCORD_API_URL || undefined,
    DISCORD_GATEWAY: env.DISCORD_GATEWAY || undefined,
  });
  if (!parsed.success) {
    // Never echo the values: one of them is the token.
    throw new DiscordConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return {
    token: parsed.data.DISCORD_TOKEN,
    applicationId: parsed.data.DISCORD_APPLICATION_ID,
    apiUrl: parsed.data.DISCORD_API_URL,
    gateway: parsed.data.DISCORD_GATEWAY !== 'off',
  };
}
