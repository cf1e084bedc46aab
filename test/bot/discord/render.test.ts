// Escaping and embed limits: hostile feed text is inert and every embed fits Discord's limits.
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alerts/types.ts';
import { EMBED_LIMITS, escapeFeedText, fitEmbed, safeUrl, truncate } from '../../../src/bot/discord/escape.ts';
import { renderAlertEmbed, renderIncidentList } from '../../../src/bot/discord/render.ts';

function embedTotal(e: ReturnType<typeof fitEmbed>): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

describe('escapeFeedText', () => {
  it('neutralises mentions, channel and role links, and masked links', () => {
    const out = escapeFeedText('@everyone @here <@123456> <@!42> <@&123> <#987> </cmd:1> [click](https://evil.example) **bold**');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).not.toMatch(/<@|<#|<\//);
    expect(out).not.toMatch(/(?<!\\)\[click(?<!\\)\]\(/);
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\[click\\]');
  });

  it('drops control and invisible characters but keeps newlines', () => {
    expect(escapeFeedText('a\u202eb\u200bc\u0007d\ne')).toBe('a b c d\ne');
  });

  it('escapes headings, lists and block quotes at line starts', () => {
    const out = escapeFeedText('# Big\n- item\n1. first\n> quote');
    expect(out).toContain('\\# Big');
    expect(out).toContain('\\- item');
    expect(out).toContain('1\\. first');
    expect(out).toContain('\\> quote');
  });
});

describe('truncate and safeUrl', () => {
  it('never ends on a dangling escape or half a surrogate pair', () => {
    expect(truncate('abc\\*def', 5)).toBe('abc…');
    const cut = truncate('ab😀cd', 4);
    expect(cut).toBe('ab…');
  });

  it('keeps only http(s) URLs and encodes parentheses', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://x.example/a_(b)')).toBe('https://x.example/a_%28b%29');
    expect(safeUrl(null)).toBeNull();
  });
});

describe('fitEmbed', () => {
  it('cuts every part to its limit and the whole to 6000, saying how many fields were left out', () => {
    const embed = fitEmbed({
      title: 't'.repeat(1000),
      description: 'd'.repeat(10_000),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `field ${i} ${'n'.repeat(300)}`, value: 'v'.repeat(2000) })),
      footer: { text: 'f'.repeat(3000) },
    });
    expect(embed.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.fields!.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of embed.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embedTotal(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(embed.fields!.at(-1)?.value).toMatch(/\d+ more not shown/);
  });
});

describe('renderAlertEmbed', () => {
  const alert = (n: number): Alert => ({
    incidentId: 7,
    version: 2,
    isUpdate: false,
    headline: 'Bombing on United States embassy in Baghdad @everyone',
    summary: 'x'.repeat(5000),
    facts: Array.from({ length: 30 }, (_, i) => ({ label: `Fact ${i}`, value: '<@&1> '.repeat(100) })),
    sources: Array.from({ length: n }, (_, i) => ({
      title: `[Report ${i}](https://evil.example/${i}) ${'t'.repeat(200)}`,
      url: `https://news.example/${i}`,
      source: `outlet-${i}`,
    })),
    developing: n < 2,
    confidence: 0.9,
    why: '@here look',
  });

  it('fits a huge alert within the limits, sources as "N more", nothing pinging', () => {
    const embed = renderAlertEmbed(alert(80));
    expect(embedTotal(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(embed.fields!.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    const text = JSON.stringify(embed);
    expect(text).not.toMatch(/@everyone|@here|<@&1>/);
    expect(text).not.toContain('[Report 1](https://evil.example/1)');
  });

  it('says "Developing: 1 source" for a single source and links it', () => {
    const embed = renderAlertEmbed({ ...alert(1), summary: 'short', facts: [{ label: 'Killed', value: '2' }] });
    expect(embed.description).toContain('Developing: 1 source');
    expect(embed.url).toBe('https://news.example/0');
    expect(embed.fields!.find((f) => f.name === 'Source')?.value).toContain('](https://news.example/0)');
  });
});

describe('renderIncidentList', () => {
  const incident = (id: number) => ({
    id,
    city: 'Kabul',
    hostCountry: 'AF',
    targetCountries: ['PK'],
    attackTypes: ['shooting' as const],
    perpetrators: ['Islamic State'],
    claimed: true,
    killed: 2,
    wounded: null,
    date: '2026-11-20',
    firstSeen: '2026-11-20T10:00:00Z',
    lastUpdated: '2026-11-20T10:00:00Z',
    version: 1,
    confidence: 0.9,
    sources: [{ articleId: 1, url: 'https://news.example/a', title: 'A', source: 'wire', published: null, confidence: 0.9, facts: {} as never, evidence: {} }],
  });
  const filters = { city: 'Kabul', country: null, group: null, days: 30 };

  it('shows each incident with date, mission, toll, group, sources and links, and says how many more', () => {
    const embed = renderIncidentList({ incidents: [incident(2), incident(1)], total: 7, filters }, (c) => c);
    expect(embed.description).toContain('**#2** 2026-11-20 · Shooting on PK embassy in Kabul');
    expect(embed.description).toContain('killed 2, wounded ?');
    expect(embed.description).toContain('Islamic State (claimed)');
    expect(embed.description).toContain('1 source · [1](https://news.example/a)');
    expect(embed.description).toContain('… and 5 more');
  });

  it('says so when empty and suggests a wider window', () => {
    const embed = renderIncidentList({ incidents: [], total: 0, filters }, (c) => c);
    expect(embed.description).toContain('No incidents (Kabul, last 30 days)');
    expect(embed.description).toContain('days:365');
  });
});
