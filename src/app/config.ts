// Loads and validates the YAML config; every bad key is named in one error.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';

const sourceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'use letters, digits, ".", "_" or "-" (at most 64)'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** Shown in listings; the YAML comment is for people, this for the program. */
  name: z.string().max(200).optional(),
});

export const configSchema = z.strictObject({
  schedule: z
    .string()
    .refine((s) => validateCron(s), 'not a valid cron expression')
    .default('*/5 * * * *'),
  sources: z
    .array(sourceSchema)
    .superRefine((sources, ctx) => {
      const seen = new Set<string>();
      sources.forEach((s, i) => {
        if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate source id "${s.id}"` });
        seen.add(s.id);
      });
    }),
  watch: z
    .strictObject({
      /** Cities whose incidents are alerted at all; empty means everywhere. */
      cities: z.array(z.string().min(1).max(100)).default([]),
    })
    .prefault({}),
  alerts: z
    .strictObject({
      maxAgeDays: z.number().int().min(0).max(3650).default(7),
      mergeWindowDays: z.number().int().min(0).max(30).default(3),
    })
    .prefault({}),
  fetch: z
    .strictObject({
      timeoutMs: z.number().int().min(100).max(300_000).default(15_000),
      maxBytes: z.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
      maxRedirects: z.number().int().min(0).max(20).default(5),
      concurrency: z.number().int().min(1).max(256).default(16),
      perHostConcurrency: z.number().int().min(1).max(32).default(2),
      maxItemsPerFeed: z.number().int().min(1).max(100_000).default(500),
      /** Consecutive failures after which a source is disabled until re-enabled. */
      disableAfterFailures: z.number().int().min(1).max(1000).default(20),
    })
    .prefault({}),
  delivery: z
    .strictObject({
      intervalSeconds: z.number().int().min(1).max(3600).default(15),
      concurrency: z.number().int().min(1).max(64).default(4),
      maxAttempts: z.number().int().min(1).max(100).default(10),
    })
    .prefault({}),
  log: z
    .strictObject({
      level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    })
    .prefault({}),
});

export type Config = z.infer<typeof configSchema>;
export type SourceConfig = Config['sources'][number];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .flatMap((issue) => {
      const path = issue.path.join('.');
      // Name each unknown key itself, so a typo is found at a glance.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => `  ${path ? `${path}.` : ''}${key}: unknown key`);
      }
      return [`  ${path || '(top level)'}: ${issue.message}`];
    })
    .join('\n');
}

/** Validates an already parsed config object. */
export function parseConfig(raw: unknown, origin = 'config'): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) throw new ConfigError(`invalid ${origin}:\n${describeIssues(result.error)}`);
  return result.data;
}

export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read config ${path}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (cause) {
    throw new ConfigError(`config ${path} is not valid YAML: ${(cause as Error).message}`, { cause });
  }
  return parseConfig(raw, `config ${path}`);
}
