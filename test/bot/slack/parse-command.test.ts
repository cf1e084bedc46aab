import { describe, expect, it } from 'vitest';
import { parseIncidentId, parseIncidentsText, parseSubscriptionText, UsageError } from '../../../src/bot/slack/parse-command.ts';
import { testGazetteer as g } from './fixtures.ts';

describe('parseIncidentsText', () => {
  it.each([
    ['', {}],
    ['kabul', { city: 'kabul' }],
    ['kabul 7d', { city: 'kabul', days: 7 }],
    ['kabul days 7', { city: 'kabul', days: 7 }],
    ['kabul 7 days', { city: 'kabul', days: 7 }],
    ['kabul --days=7', { city: 'kabul', days: 7 }],
    ['in kabul last 2 weeks', { city: 'kabul', days: 14 }],
    ['country iraq', { country: 'iraq' }],
    ['iraq 30d', { country: 'iraq' , days: 30 }],
    ['group isis --all', { group: 'isis', all: true }],
    ['group islamic state all limit 20', { group: 'islamic state', all: true, limit: 20 }],
    ['city:kabul group:taliban', { city: 'kabul', group: 'taliban' }],
    ['"new york"', { city: 'new york' }],
    ['new york 1y', { city: 'new york', days: 365 }],
    ['kabul isis', { city: 'kabul', group: 'isis' }],
    ['target us', { country: 'us' }],
  ])('%j', (text, expected) => {
    expect(parseIncidentsText(text, g)).toEqual(expected);
  });

  it.each([
    ['atlantis', /don't know "atlantis"/],
    ['kabul --frobnicate', /unknown option/],
    ['days', /days needs a number/],
    ['city', /city needs a name/],
    ['kabul baghdad', /one city, not two/],
  ])('refuses %j', (text, message) => {
    expect(() => parseIncidentsText(text, g)).toThrow(UsageError);
    expect(() => parseIncidentsText(text, g)).toThrow(message);
  });
});

describe('parseSubscriptionText', () => {
  it.each([
    ['city kabul', { city: 'kabul' }],
    ['kabul', { city: 'kabul' }],
    ['country iraq', { country: 'iraq' }],
    ['group isis', { group: 'isis' }],
    ['group Some New Group', { group: 'Some New Group' }],
    ['target us', { target: 'us' }],
    ['missions of pakistan', { target: 'pakistan' }],
    ['city kabul country iraq', { city: 'kabul', country: 'iraq' }],
  ])('%j', (text, expected) => {
    expect(parseSubscriptionText(text, g, 'subscribe')).toEqual(expected);
  });

  it('takes "all" for unsubscribe only', () => {
    expect(parseSubscriptionText('all', g, 'unsubscribe')).toBe('all');
    expect(() => parseSubscriptionText('all kabul', g, 'unsubscribe')).toThrow(UsageError);
    expect(() => parseSubscriptionText('all', g, 'subscribe')).toThrow(/don't know "all"/);
  });

  it('asks for something to follow', () => {
    expect(() => parseSubscriptionText('  ', g, 'subscribe')).toThrow(UsageError);
    expect(() => parseSubscriptionText('help', g, 'subscribe')).toThrow(UsageError);
  });
});

describe('parseIncidentId', () => {
  it('takes 12 and #12 and refuses the rest', () => {
    expect(parseIncidentId(' 12 ')).toBe('12');
    expect(parseIncidentId('#12')).toBe('12');
    expect(() => parseIncidentId('')).toThrow(UsageError);
    expect(() => parseIncidentId('twelve')).toThrow(/not an incident id/);
  });
});
