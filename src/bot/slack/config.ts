// Slack settings from the environment, validated at the edge; every bad key named at once.
import { z } from 'zod';

export class SlackConfigError extends Error {
  override name = 'SlackConfigError';
}

const schema = z
  .object({
    SLACK_BOT_TOKEN: z.string().trim().min(1, 'is empty'),
    SLACK_SIGNING_SECRET: z.string().trim().min(1, 'is empty').optional(),
    SLACK_APP_TOKEN: z.string().trim().startsWith('xapp-', 'must be an app-level token (xapp-...)').optional(),
    SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).optional(),
  })
  .refine((c) => c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN, {
    path: ['SLACK_SIGNING_SECRET'],
    message: 'is required for the HTTP receiver (or set SLACK_APP_TOKEN for Socket Mode)',
  });

export interface SlackConfig {
  botToken: string;
  signingSecret: string | null;
  /** Set: Socket Mode; unset: the HTTP receiver on host:port. */
  appToken: string | null;
  /** Web API base URL ending in "/", e.g. https://slack.com/api/. */
  apiUrl: string;
  port: number;
  /** Bind address of the HTTP receiver; all interfaces when unset. */
  host: string | null;
}

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/** Null when Slack is not configured (no SLACK_BOT_TOKEN); throws SlackConfigError when misconfigured. */
export function slackConfigFromEnv(env: NodeJS.ProcessEnv): SlackConfig | null {
  if (!blankToUndefined(env.SLACK_BOT_TOKEN)) return null;
  const result = schema.safeParse({
    SLACK_BOT_TOKEN: env.SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET: blankToUndefined(env.SLACK_SIGNING_SECRET),
    SLACK_APP_TOKEN: blankToUndefined(env.SLACK_APP_TOKEN),
    SLACK_API_URL: blankToUndefined(env.SLACK_API_URL),
    PORT: blankToUndefined(env.PORT),
    HOST: blankToUndefined(env.HOST),
  });
  if (!result.success) {
    // Never echo the values: they may be secrets.
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new SlackConfigError(`Slack configuration is invalid:\n  ${problems.join('\n  ')}`);
  }
  const c = result.data;
  const apiUrl = c.SLACK_API_URL ?? DEFAULT_SLACK_API_URL;
  return {
    botToken: c.SLACK_BOT_TOKEN,
    signingSecret: c.SLACK_SIGNING_SECRET ?? null,
    appToken: c.SLACK_APP_TOKEN ?? null,
    apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    port: c.PORT,
    host: c.HOST ?? null,
  };
}
