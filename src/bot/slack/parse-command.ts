// Forgiving parsers for slash command text: Slack hands us one string, so "kabul 7d",
// "kabul days 7", "country iraq", "group isis", "city:kabul --all" all mean what they say.
// The result is the command layer's input; it validates and resolves names itself.
import type { Gazetteer } from '../../alerts/ports.ts';
import { CommandError, type IncidentQueryInput, type SubscriptionInput } from '../commands.ts';

export const USAGE = {
  incidents:
    'Usage: `/incidents [city|country|group NAME] [7d | days 7 | all] [limit 20]`\n' +
    'e.g. `/incidents kabul 7d`, `/incidents country iraq`, `/incidents group isis all`',
  incident: 'Usage: `/incident ID`, e.g. `/incident 12` (ids are in `/incidents`)',
  subscribe:
    'Usage: `/subscribe city|country|target|group NAME`\n' +
    'e.g. `/subscribe city kabul`, `/subscribe country iraq`, `/subscribe target us` (missions of the US anywhere), `/subscribe group isis`',
  unsubscribe: 'Usage: `/unsubscribe city|country|target|group NAME` or `/unsubscribe all`, e.g. `/unsubscribe city kabul`',
  subscriptions: 'Usage: `/subscriptions` lists what this channel is subscribed to',
} as const;
export type SlashCommandName = keyof typeof USAGE;

/** A problem with what the user typed, answered with the command's usage. */
export class UsageError extends CommandError {
  override name = 'UsageError';
}

type Field = 'city' | 'country' | 'target' | 'group';
const FIELD_WORDS: Record<string, Field> = {
  city: 'city',
  town: 'city',
  country: 'country',
  target: 'target',
  targets: 'target',
  mission: 'target',
  missions: 'target',
  group: 'group',
  perpetrator: 'group',
  by: 'group',
};
const FILLER = new Set(['in', 'at', 'for', 'of', 'on', 'the', 'last', 'past']);
const UNIT_DAYS: Record<string, number> = {
  d: 1, day: 1, days: 1, w: 7, wk: 7, week: 7, weeks: 7, m: 30, mo: 30, month: 30, months: 30, y: 365, yr: 365, year: 365, years: 365,
};

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // Quotes group words ("new york"); key:value and key=value split into two tokens.
  for (const match of text.matchAll(/"([^"]*)"|[“”]([^“”]*)[“”]|(\S+)/g)) {
    const quoted = match[1] ?? match[2];
    if (quoted !== undefined) {
      tokens.push(`\u0000${quoted}`);
      continue;
    }
    const word = match[3] ?? '';
    const kv = /^-{0,2}([a-z]+)[:=](.+)$/i.exec(word);
    if (kv?.[1] && kv[2]) tokens.push(kv[1], kv[2]);
    else tokens.push(word);
  }
  return tokens;
}

const keyword = (token: string) => token.replace(/^-{1,2}/, '').toLowerCase();
const isQuoted = (token: string) => token.startsWith('\u0000');
const unquote = (token: string) => (isQuoted(token) ? token.slice(1) : token);

interface Parsed {
  fields: Partial<Record<Field, string[]>>;
  free: string[][];
  days?: number;
  all?: boolean;
  limit?: number;
}

function parseTokens(text: string, command: SlashCommandName, allow: { period: boolean }): Parsed {
  const tokens = tokenize(text);
  const parsed: Parsed = { fields: {}, free: [] };
  let current: string[] | null = null;
  const number = (token: string | undefined, what: string): number => {
    if (token === undefined || !/^\d+$/.test(token)) throw new UsageError(`${what} needs a number`);
    return Number(token);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const word = keyword(token);
    if (isQuoted(token)) {
      (current ?? (current = parsed.free[parsed.free.push([]) - 1]!)).push(unquote(token));
      continue;
    }
    if (word === 'help' && tokens.length === 1) throw new UsageError('');
    const field = FIELD_WORDS[word];
    // "group Some Group": the field's own keyword inside its name is part of the name.
    if (field && !(current !== null && current === parsed.fields[field] && current.length > 0)) {
      current = parsed.fields[field] = [...(parsed.fields[field] ?? [])];
      continue;
    }
    if (allow.period) {
      const span = /^(\d+)\s*([a-z]+)$/.exec(word);
      if (span?.[1] && span[2] && UNIT_DAYS[span[2]]) {
        parsed.days = Number(span[1]) * UNIT_DAYS[span[2]]!;
        current = null;
        continue;
      }
      if (/^\d+$/.test(word)) {
        const unit = UNIT_DAYS[keyword(tokens[i + 1] ?? '')];
        parsed.days = Number(word) * (unit ?? 1);
        if (unit) i++;
        current = null;
        continue;
      }
      if (word === 'days' || word === 'day' || word === 'since') {
        parsed.days = number(tokens[++i], 'days');
        current = null;
        continue;
      }
      if (word === 'all' || word === 'ever' || word === 'alltime') {
        parsed.all = true;
        current = null;
        continue;
      }
      if (word === 'limit' || word === 'top' || word === 'max') {
        parsed.limit = number(tokens[++i], 'limit');
        current = null;
        continue;
      }
    } else if (word === 'all' && command === 'unsubscribe') {
      parsed.all = true;
      continue;
    }
    if (token.startsWith('-')) throw new UsageError(`unknown option "${token.slice(0, 40)}"`);
    if (allow.period && (word === 'last' || word === 'past') && /^\d/.test(tokens[i + 1] ?? '')) continue;
    if (current === null || current.length === 0) {
      // "in kabul", "missions of pakistan"
      if (FILLER.has(word)) continue;
    }
    if (current === null) {
      current = parsed.free[parsed.free.push([]) - 1]!;
    }
    current.push(token);
  }
  return parsed;
}

/** What a name without a keyword is: a country, a city or a known group, in that order. */
function guessField(g: Gazetteer, phrase: string): Field | null {
  if (g.findCountry(phrase)) return 'country';
  if (g.findCity(phrase)) return 'city';
  if (g.findGroup(phrase)) return 'group';
  return null;
}

function resolveFree(g: Gazetteer, parsed: Parsed): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  const set = (field: Field, value: string) => {
    if (out[field] !== undefined) throw new UsageError(`give one ${field === 'target' ? 'targeted country' : field}, not two`);
    out[field] = value;
  };
  for (const [field, words] of Object.entries(parsed.fields) as [Field, string[]][]) {
    if (words.length === 0) throw new UsageError(`${field} needs a name, e.g. \`${field} ${field === 'group' ? 'isis' : field === 'city' ? 'kabul' : 'iraq'}\``);
    set(field, words.join(' '));
  }
  for (const words of parsed.free) {
    const phrase = words.join(' ');
    const field = guessField(g, phrase);
    if (field) {
      set(field, phrase);
      continue;
    }
    // "kabul iraq": each word on its own may be a name.
    const each = words.length > 1 ? words.map((w) => [guessField(g, w), w] as const) : [];
    if (each.length > 0 && each.every(([f]) => f !== null)) {
      for (const [f, w] of each) set(f!, w);
      continue;
    }
    throw new UsageError(
      `I don't know "${phrase.slice(0, 60)}" as a city, country or group; say which, e.g. \`city ${phrase.slice(0, 30)}\` or \`group ${phrase.slice(0, 30)}\``,
    );
  }
  return out;
}

export function parseIncidentsText(text: string, g: Gazetteer): IncidentQueryInput {
  const parsed = parseTokens(text, 'incidents', { period: true });
  const names = resolveFree(g, parsed);
  if (names.target && names.country) throw new UsageError('give one country, not two');
  const input: IncidentQueryInput = {};
  if (names.city) input.city = names.city;
  if (names.country ?? names.target) input.country = names.country ?? names.target;
  if (names.group) input.group = names.group;
  if (parsed.days !== undefined) input.days = parsed.days;
  if (parsed.all) input.all = true;
  if (parsed.limit !== undefined) input.limit = parsed.limit;
  return input;
}

export function parseSubscriptionText(
  text: string,
  g: Gazetteer,
  command: 'subscribe' | 'unsubscribe',
): SubscriptionInput | 'all' {
  if (!text.trim()) throw new UsageError('say what to follow');
  const parsed = parseTokens(text, command, { period: false });
  if (parsed.all) {
    if (parsed.free.length > 0 || Object.keys(parsed.fields).length > 0) throw new UsageError('`all` goes on its own');
    return 'all';
  }
  return resolveFree(g, parsed);
}

export function parseIncidentId(text: string): string {
  const id = text.trim().replace(/^#/, '');
  if (!id) throw new UsageError('give an incident id');
  if (!/^\d+$/.test(id)) throw new UsageError(`"${id.slice(0, 40)}" is not an incident id`);
  return id;
}
