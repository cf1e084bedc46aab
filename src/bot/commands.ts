// The platform-neutral command layer: /incidents, /incident, /subscribe, /unsubscribe,
// /subscriptions. Discord, Slack and the CLI validate into these inputs and render the results.
import { z } from 'zod';
import type { Gazetteer, IncidentRepo, SubscriptionRepo } from '../alerts/ports.ts';
import type { Incident, Subscription, SubscriptionKind } from '../alerts/types.ts';

/** A problem with what the user asked, worded for the user. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export interface CommandContext {
  incidents: IncidentRepo;
  subscriptions: SubscriptionRepo;
  gazetteer: Gazetteer;
  now: () => Date;
}

// Bidi overrides, zero-width and control characters make names that look like other names.
const ODD_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

const userText = (what: string, max = 100) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .max(max, `${what} is longer than ${max} characters`)
    .refine((s) => !ODD_CHARACTERS.test(s), `${what} contains control or invisible characters`);

export const incidentQueryInput = z.strictObject({
  city: userText('city').optional(),
  country: userText('country').optional(),
  group: userText('group').optional(),
  days: z.coerce.number().int('days must be a whole number').min(1, 'days must be at least 1').max(36500).optional(),
  all: z.boolean().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export type IncidentQueryInput = z.input<typeof incidentQueryInput>;

export const subscriptionInput = z
  .strictObject({
    city: userText('city').optional(),
    country: userText('country').optional(),
    target: userText('targeted country').optional(),
    group: userText('group').optional(),
  })
  .refine((v) => v.city || v.country || v.target || v.group, 'give a city, a country or a group');
export type SubscriptionInput = z.input<typeof subscriptionInput>;

export const DEFAULT_DAYS = 30;

function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new CommandError(result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; '));
  }
  return result.data;
}

// Channel ids: console, webhook:<http(s) URL>, discord:<snowflake>, slack:<channel id>.
const CHANNEL_PATTERNS: [RegExp, string][] = [
  [/^console$/, 'console'],
  [/^discord:\d{15,21}$/, 'discord:<channel id>'],
  [/^slack:[A-Z0-9]{8,15}$/, 'slack:<channel id>'],
];

export function validateChannel(channel: string): string {
  const trimmed = channel.trim();
  if (CHANNEL_PATTERNS.some(([pattern]) => pattern.test(trimmed))) return trimmed;
  if (trimmed.startsWith('webhook:')) {
    const url = trimmed.slice('webhook:'.length);
    try {
      const parsed = new URL(url);
      if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && url.length <= 2000) return trimmed;
    } catch {
      // reported below
    }
    throw new CommandError(`"${url}" is not an http(s) URL for a webhook channel`);
  }
  throw new CommandError(
    `unknown channel "${trimmed.slice(0, 80)}": use console, webhook:URL, discord:CHANNEL_ID or slack:CHANNEL_ID`,
  );
}

function resolveCity(g: Gazetteer, name: string): string {
  const city = g.findCity(name);
  if (!city) throw new CommandError(`unknown city "${name}"`);
  return city.name;
}

function resolveCountry(g: Gazetteer, name: string): string {
  const country = g.findCountry(name);
  if (!country) throw new CommandError(`unknown country "${name}": use a name or a two-letter code such as IQ`);
  return country.code;
}

/** Known aliases map to the canonical name; any other group is kept under its own name. */
function resolveGroup(g: Gazetteer, name: string): string {
  return g.findGroup(name) ?? name;
}

export interface IncidentListResult {
  incidents: Incident[];
  /** How many matched in all; more than shown means "N more". */
  total: number;
  filters: { city: string | null; country: string | null; group: string | null; days: number | null };
}

function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The parts of a listing's scope ("Kabul", "Iraq", "last 30 days"), for every platform to render. */
export function incidentScope(filters: IncidentListResult['filters'], countryName: (code: string) => string): string[] {
  return [
    filters.city,
    filters.country && countryName(filters.country),
    filters.group,
    filters.days === null ? 'all time' : `last ${filters.days} days`,
  ].filter((part): part is string => Boolean(part));
}

export function listIncidents(ctx: CommandContext, input: IncidentQueryInput): IncidentListResult {
  const args = parseInput(incidentQueryInput, input);
  if (args.all && args.days !== undefined) throw new CommandError('give either days or all, not both');
  const city = args.city ? resolveCity(ctx.gazetteer, args.city) : null;
  const country = args.country ? resolveCountry(ctx.gazetteer, args.country) : null;
  const group = args.group ? resolveGroup(ctx.gazetteer, args.group) : null;
  const days = args.all ? null : (args.days ?? DEFAULT_DAYS);
  const { incidents, total } = ctx.incidents.list({
    city: city ?? undefined,
    country: country ?? undefined,
    group: group ?? undefined,
    since: days === null ? undefined : dayBefore(ctx.now(), days),
    limit: args.limit,
  });
  return { incidents, total, filters: { city, country, group, days } };
}

export function showIncident(ctx: CommandContext, id: unknown): Incident {
  const parsed = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).safeParse(id);
  if (!parsed.success) throw new CommandError(`"${String(id).slice(0, 40)}" is not an incident id`);
  const incident = ctx.incidents.get(parsed.data);
  if (!incident) throw new CommandError(`no incident #${parsed.data}`);
  return incident;
}

function toTargets(ctx: CommandContext, input: SubscriptionInput): { kind: SubscriptionKind; value: string }[] {
  const args = parseInput(subscriptionInput, input);
  const targets: { kind: SubscriptionKind; value: string }[] = [];
  if (args.city) targets.push({ kind: 'city', value: resolveCity(ctx.gazetteer, args.city) });
  if (args.country) targets.push({ kind: 'country', value: resolveCountry(ctx.gazetteer, args.country) });
  if (args.target) targets.push({ kind: 'target', value: resolveCountry(ctx.gazetteer, args.target) });
  if (args.group) targets.push({ kind: 'group', value: resolveGroup(ctx.gazetteer, args.group) });
  return targets;
}

export interface SubscriptionChange {
  channel: string;
  changed: { kind: SubscriptionKind; value: string }[];
  unchanged: { kind: SubscriptionKind; value: string }[];
}

export function subscribe(ctx: CommandContext, channel: string, input: SubscriptionInput): SubscriptionChange {
  const id = validateChannel(channel);
  const result: SubscriptionChange = { channel: id, changed: [], unchanged: [] };
  for (const target of toTargets(ctx, input)) {
    const added = ctx.subscriptions.add({ channel: id, ...target }, ctx.now().toISOString());
    (added ? result.changed : result.unchanged).push(target);
  }
  return result;
}

export function unsubscribe(ctx: CommandContext, channel: string, input: SubscriptionInput): SubscriptionChange {
  const id = validateChannel(channel);
  const result: SubscriptionChange = { channel: id, changed: [], unchanged: [] };
  for (const target of toTargets(ctx, input)) {
    (ctx.subscriptions.remove({ channel: id, ...target }) ? result.changed : result.unchanged).push(target);
  }
  return result;
}

export function listSubscriptions(ctx: CommandContext, channel?: string): Subscription[] {
  return ctx.subscriptions.list(channel === undefined ? undefined : validateChannel(channel));
}

/** "city Kabul", "country Iraq (IQ)" — for confirmations on every platform. */
export function describeSubscription(g: Gazetteer, s: { kind: SubscriptionKind; value: string }): string {
  switch (s.kind) {
    case 'country':
      return `country ${g.countryName(s.value)} (${s.value})`;
    case 'target':
      return `missions of ${g.countryName(s.value)} (${s.value})`;
    default:
      return `${s.kind} ${s.value}`;
  }
}
