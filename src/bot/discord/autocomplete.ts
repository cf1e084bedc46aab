// Autocomplete choices from the knowledge base (gazetteer and group list), and for /unsubscribe
// from the channel's own subscriptions.
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Gazetteer } from '../../alerts/ports.ts';
import type { SubscriptionKind } from '../../alerts/types.ts';
import type { CommandContext } from '../commands.ts';

/** Prefix suggestions, as the knowledge base (src/knowledge, loadKnowledge()) offers them. */
export interface Suggester {
  suggestCities(prefix: string, limit?: number): readonly unknown[];
  suggestCountries(prefix: string, limit?: number): readonly unknown[];
  suggestGroups(prefix: string, limit?: number): readonly unknown[];
}

export type AutocompleteField = 'city' | 'country' | 'group';

const MAX_CHOICES = 25;
const clip = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s);

/** Accepts the shapes a suggestion may take: a name, {name, country}, {code, name}. */
function toChoice(field: AutocompleteField, item: unknown): ApplicationCommandOptionChoiceData<string> | null {
  if (typeof item === 'string') return item ? { name: clip(item), value: item.slice(0, 100) } : null;
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Record<string, unknown>;
  const name = typeof record.name === 'string' ? record.name : null;
  if (!name) return null;
  if (field === 'country') {
    const code = typeof record.code === 'string' ? record.code : null;
    return { name: clip(code ? `${name} (${code})` : name), value: (code ?? name).slice(0, 100) };
  }
  const country = typeof record.country === 'string' ? record.country : null;
  return { name: clip(country ? `${name} (${country})` : name), value: name.slice(0, 100) };
}

function fromKnowledge(
  suggester: Suggester | null,
  gazetteer: Gazetteer,
  field: AutocompleteField,
  query: string,
): ApplicationCommandOptionChoiceData<string>[] {
  let items: readonly unknown[] = [];
  if (suggester) {
    const suggest = field === 'city' ? suggester.suggestCities : field === 'country' ? suggester.suggestCountries : suggester.suggestGroups;
    items = suggest.call(suggester, query, MAX_CHOICES);
  } else if (query) {
    // Without suggestions, offer the exact match the gazetteer resolves, if any.
    const hit = field === 'city' ? gazetteer.findCity(query) : field === 'country' ? gazetteer.findCountry(query) : gazetteer.findGroup(query);
    if (hit) items = [hit];
  }
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const item of Array.isArray(items) ? items : []) {
    const choice = toChoice(field, item);
    if (!choice || seen.has(choice.value)) continue;
    seen.add(choice.value);
    choices.push(choice);
    if (choices.length === MAX_CHOICES) break;
  }
  return choices;
}

const KIND_OF: Record<AutocompleteField, SubscriptionKind> = { city: 'city', country: 'country', group: 'group' };

export function autocompleteChoices(
  ctx: CommandContext,
  suggester: Suggester | null,
  command: string,
  field: string,
  query: string,
  channel: string | null,
): ApplicationCommandOptionChoiceData<string>[] {
  if (field !== 'city' && field !== 'country' && field !== 'group') return [];
  const q = query.trim().slice(0, 100);
  if (command === 'unsubscribe' && channel) {
    const kind = KIND_OF[field];
    const lower = q.toLowerCase();
    return ctx.subscriptions
      .list(channel)
      .filter((s) => s.kind === kind)
      .map((s) => ({
        name: clip(kind === 'country' ? `${ctx.gazetteer.countryName(s.value)} (${s.value})` : s.value),
        value: s.value.slice(0, 100),
      }))
      .filter((c) => !lower || c.name.toLowerCase().includes(lower))
      .slice(0, MAX_CHOICES);
  }
  return fromKnowledge(suggester, ctx.gazetteer, field, q);
}
