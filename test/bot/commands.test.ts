// The platform-neutral command layer over a real store and the real gazetteer.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandError, listIncidents, listSubscriptions, showIncident, subscribe, unsubscribe, validateChannel, type CommandContext } from '../../src/bot/commands.ts';
import { emptyFacts } from '../../src/alerts/types.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { createSqliteStore } from '../../src/store/index.ts';
import { daysAgo, tempDir } from '../helpers/temp.ts';

const dir = tempDir();
const knowledge = loadKnowledge();
const store = createSqliteStore(join(dir, 'commands.db'));
const ctx: CommandContext = {
  incidents: store.incidents,
  subscriptions: store.subscriptions,
  gazetteer: {
    findCity: (n) => knowledge.findCity(n),
    findCountry: (n) => knowledge.findCountry(n),
    findGroup: (n) => knowledge.findGroup(n),
    countryName: (c) => knowledge.countryName(c) ?? c,
  },
  now: () => new Date(),
};

const recent = store.incidents.create({ ...emptyFacts(), city: 'Kabul', hostCountry: 'AF', targetCountries: ['PK'], perpetrators: ['Islamic State'], date: daysAgo(2) }, 0.9, new Date().toISOString());
store.incidents.create({ ...emptyFacts(), city: 'Kabul', hostCountry: 'AF', targetCountries: ['IQ'], date: daysAgo(400) }, 0.9, new Date().toISOString());

describe('incident queries', () => {
  it('resolves any spelling of a city and defaults to the last 30 days', () => {
    const result = listIncidents(ctx, { city: 'kabul' });
    expect(result.filters).toEqual({ city: 'Kabul', country: null, group: null, days: 30 });
    expect(result.incidents.map((i) => i.id)).toEqual([recent]);
    expect(listIncidents(ctx, { city: 'Kabul', all: true }).total).toBe(2);
  });

  it('resolves country names and group aliases', () => {
    expect(listIncidents(ctx, { country: 'Pakistan' }).incidents.map((i) => i.id)).toEqual([recent]);
    expect(listIncidents(ctx, { group: 'ISIS' }).incidents.map((i) => i.id)).toEqual([recent]);
  });

  it('refuses bad arguments with a clear message', () => {
    expect(() => listIncidents(ctx, { city: 'Atlantis-under-the-sea' })).toThrow(CommandError);
    expect(() => listIncidents(ctx, { days: 0 })).toThrow(/at least 1/);
    expect(() => listIncidents(ctx, { city: 'x'.repeat(500) })).toThrow(/longer than/);
    expect(() => listIncidents(ctx, { city: 'Kab\u202Eul' })).toThrow(/invisible/);
    expect(() => listIncidents(ctx, { days: 3, all: true })).toThrow(/either/);
    expect(() => showIncident(ctx, 'abc')).toThrow(/not an incident id/);
    expect(() => showIncident(ctx, 999_999)).toThrow(/no incident/);
  });
});

describe('subscriptions', () => {
  it('subscribes once, lists and unsubscribes, with normalised values', () => {
    expect(subscribe(ctx, 'discord:123456789012345678', { city: 'kaboul', country: 'iraq', group: 'daesh' }).changed).toEqual([
      { kind: 'city', value: 'Kabul' },
      { kind: 'country', value: 'IQ' },
      { kind: 'group', value: 'Islamic State' },
    ]);
    expect(subscribe(ctx, 'discord:123456789012345678', { city: 'Kabul' }).unchanged).toEqual([{ kind: 'city', value: 'Kabul' }]);
    expect(listSubscriptions(ctx, 'discord:123456789012345678')).toHaveLength(3);
    expect(unsubscribe(ctx, 'discord:123456789012345678', { city: 'KABUL' }).changed).toEqual([{ kind: 'city', value: 'Kabul' }]);
    expect(listSubscriptions(ctx, 'discord:123456789012345678')).toHaveLength(2);
  });

  it('validates channel ids', () => {
    expect(validateChannel('console')).toBe('console');
    expect(validateChannel('slack:C0123456789')).toBe('slack:C0123456789');
    expect(() => validateChannel('webhook:ftp://x')).toThrow(/http/);
    expect(() => validateChannel('irc:#chan')).toThrow(/unknown channel/);
    expect(() => subscribe(ctx, 'console', {})).toThrow(/city, a country or a group/);
  });
});
