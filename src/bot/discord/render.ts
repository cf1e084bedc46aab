// Renders the neutral alert and command results as Discord embeds. Every piece of feed or user
// text goes through inert(); every embed through fitEmbed().
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { attackLabel, incidentHeadline, type CountryNamer } from '../../alerts/alert.ts';
import type { Gazetteer } from '../../alerts/ports.ts';
import type { Alert, Incident, Subscription } from '../../alerts/types.ts';
import { describeSubscription, incidentScope, type IncidentListResult, type SubscriptionChange } from '../commands.ts';
import { EMBED_LIMITS, fitEmbed, inert, safeUrl } from './escape.ts';

const COLOR_NEW = 0xc0392b;
const COLOR_UPDATE = 0xe67e22;
const COLOR_INFO = 0x2c7be5;
const COLOR_ERROR = 0x7f8c8d;

/** Everything the bot posts carries this: no @everyone, role or user pings, whatever the text says. */
export const NO_MENTIONS = { parse: [] as never[] };

function link(title: string, url: string | null, max: number): string {
  const href = safeUrl(url);
  const text = inert(title || 'untitled', max);
  return href ? `[${text}](${href})` : text;
}

/** Lines joined within `max` characters; what does not fit (plus `hidden` never given) becomes "… and N more". */
function listWithin(lines: string[], max: number, more: (n: number) => string, hidden = 0): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const rest = lines.length - i - 1 + hidden;
    const tail = rest > 0 ? more(rest).length + 1 : 0;
    if (length + line.length + 1 + tail > max) {
      out.push(more(lines.length - i + hidden));
      return out.join('\n');
    }
    out.push(line);
    length += line.length + 1;
  }
  if (hidden > 0) out.push(more(hidden));
  return out.join('\n');
}

/**
 * How an alert embed names the delivery nonce it was sent with: the footer's last part, written by
 * us alone (the footer holds no feed text), so a retry can recognise its own earlier post.
 */
const refSuffix = (nonce: string) => ` · ref ${nonce}`;

/** True when this embed is an alert sent with this delivery nonce. */
export function isAlertWithRef(embed: APIEmbed, nonce: string): boolean {
  return embed.footer?.text.endsWith(refSuffix(nonce)) ?? false;
}

/** `ref`: the delivery nonce, carried in the footer (see isAlertWithRef). */
export function renderAlertEmbed(alert: Alert, options: { ref?: string } = {}): APIEmbed {
  const status = alert.developing
    ? '**Developing: 1 source**'
    : `Confirmed by ${alert.sources.length} sources`;
  const description = [inert(alert.summary, 1500), status, alert.why ? `> ${inert(alert.why, 600).replace(/\n/g, ' ')}` : null]
    .filter(Boolean)
    .join('\n\n');
  const sourceLines = alert.sources.map((s) => `• ${link(s.title, s.url, 150)} — ${inert(s.source, 60)}`);
  const fields: APIEmbedField[] = [
    ...alert.facts.map((f) => ({ name: inert(f.label, 100), value: inert(f.value, 300), inline: true })),
  ];
  if (sourceLines.length > 0) {
    fields.push({
      name: alert.sources.length === 1 ? 'Source' : `Sources (${alert.sources.length})`,
      value: listWithin(sourceLines, EMBED_LIMITS.fieldValue, (n) => `… and ${n} more`),
    });
  }
  const url = safeUrl(alert.sources.find((s) => safeUrl(s.url))?.url);
  return fitEmbed({
    title: `${alert.isUpdate ? 'Update: ' : ''}${inert(alert.headline, 230)}`,
    ...(url ? { url } : {}),
    description,
    color: alert.isUpdate ? COLOR_UPDATE : COLOR_NEW,
    fields,
    footer: {
      text: `Incident #${alert.incidentId} · version ${alert.version} · confidence ${Math.round(alert.confidence * 100)}%${options.ref ? refSuffix(options.ref) : ''}`,
    },
  });
}

function claimText(incident: Incident): string {
  if (incident.perpetrators.length === 0) return 'no group named';
  const claim = incident.claimed === true ? 'claimed' : incident.claimed === false ? 'not claimed' : 'claim unknown';
  return `${incident.perpetrators.join(', ')} (${claim})`;
}

function toll(n: number | null): string {
  return n === null ? '?' : String(n);
}

function incidentLine(incident: Incident, countryName: CountryNamer): string {
  const links = incident.sources
    .map((s) => safeUrl(s.url))
    .filter((u): u is string => u !== null)
    .slice(0, 3)
    .map((u, i) => `[${i + 1}](${u})`)
    .join(' ');
  const count = incident.sources.length;
  return [
    `**#${incident.id}** ${incident.date ?? 'date unknown'} · ${inert(incidentHeadline(incident, countryName), 150)}`,
    `killed ${toll(incident.killed)}, wounded ${toll(incident.wounded)} · ${inert(claimText(incident), 150)} · ${count} source${count === 1 ? '' : 's'}${links ? ` · ${links}` : ''}`,
  ].join('\n');
}

function scopeText(result: IncidentListResult, countryName: CountryNamer): string {
  return incidentScope(result.filters, countryName).join(', ');
}

export function renderIncidentList(result: IncidentListResult, countryName: CountryNamer): APIEmbed {
  const scope = inert(scopeText(result, countryName), 200);
  if (result.incidents.length === 0) {
    const wider = result.filters.days !== null && result.filters.days < 365 ? ' Try a wider window, e.g. `days:365`.' : '';
    return fitEmbed({ title: 'No incidents', description: `No incidents (${scope}).${wider}`, color: COLOR_INFO });
  }
  const shown = result.incidents.map((i) => incidentLine(i, countryName));
  const hidden = result.total - result.incidents.length;
  const more = (n: number) => `**… and ${n} more.** Narrow it with city, country, group or days.`;
  return fitEmbed({
    title: `Incidents: ${scope}`,
    description: listWithin(shown, EMBED_LIMITS.description, more, Math.max(0, hidden)),
    color: COLOR_INFO,
    footer: { text: `${result.total} incident${result.total === 1 ? '' : 's'} in all, newest first` },
  });
}

export function renderIncidentDetail(incident: Incident, countryName: CountryNamer): APIEmbed {
  const facts = [
    `**When:** ${incident.date ?? 'date unknown'} (first seen ${incident.firstSeen.slice(0, 16).replace('T', ' ')} UTC)`,
    `**Where:** ${inert([incident.city, incident.hostCountry && countryName(incident.hostCountry)].filter(Boolean).join(', ') || 'unknown', 200)}`,
    `**Mission of:** ${inert(incident.targetCountries.map(countryName).join(', ') || 'unknown', 200)}`,
    `**Attack:** ${incident.attackTypes.map(attackLabel).join(', ') || 'unknown'}`,
    `**Group:** ${inert(claimText(incident), 300)}`,
    `**Killed:** ${toll(incident.killed)} · **Wounded:** ${toll(incident.wounded)}`,
    `**Sources:** ${incident.sources.length} · **Confidence:** ${Math.round(incident.confidence * 100)}%`,
  ];
  const fields: APIEmbedField[] = incident.sources.map((s) => {
    const evidence = Object.entries(s.evidence)
      .filter(([, sentence]) => Boolean(sentence))
      .map(([field, sentence]) => `${field}: > ${inert(String(sentence), 200).replace(/\n/g, ' ')}`);
    const value = [
      link(s.title, s.url, 150),
      `killed ${toll(s.facts.killed)}, wounded ${toll(s.facts.wounded)}, date ${s.facts.date ?? '?'}, confidence ${Math.round(s.confidence * 100)}%`,
      ...evidence,
    ];
    return { name: inert(s.source, 200), value: listWithin(value, EMBED_LIMITS.fieldValue, (n) => `… ${n} more lines`) };
  });
  const url = safeUrl(incident.sources.find((s) => safeUrl(s.url))?.url);
  return fitEmbed({
    title: `#${incident.id} ${inert(incidentHeadline(incident, countryName), 200)}`,
    ...(url ? { url } : {}),
    description: facts.join('\n'),
    color: COLOR_INFO,
    fields,
  });
}

export function renderSubscriptionChange(
  gazetteer: Gazetteer,
  action: 'subscribe' | 'unsubscribe',
  change: SubscriptionChange,
): APIEmbed {
  const describe = (s: { kind: Subscription['kind']; value: string }) => inert(describeSubscription(gazetteer, s), 200);
  const lines = [
    ...change.changed.map((s) => `${action === 'subscribe' ? 'Subscribed to' : 'Unsubscribed from'} ${describe(s)}.`),
    ...change.unchanged.map((s) => `${action === 'subscribe' ? 'Already subscribed to' : 'Was not subscribed to'} ${describe(s)}.`),
  ];
  return fitEmbed({
    title: action === 'subscribe' ? 'Subscriptions updated' : 'Unsubscribed',
    description: `${lines.join('\n')}\nAlerts go to this channel.`,
    color: COLOR_INFO,
  });
}

export function renderSubscriptions(gazetteer: Gazetteer, subscriptions: Subscription[]): APIEmbed {
  if (subscriptions.length === 0) {
    return fitEmbed({
      title: 'No subscriptions',
      description: 'This channel gets no alerts yet. Add one with `/subscribe city:` (or `country:`, `group:`).',
      color: COLOR_INFO,
    });
  }
  const lines = subscriptions.map((s) => `• ${inert(describeSubscription(gazetteer, s), 200)}`);
  return fitEmbed({
    title: `This channel's subscriptions (${subscriptions.length})`,
    description: listWithin(lines, EMBED_LIMITS.description, (n) => `… and ${n} more`),
    color: COLOR_INFO,
  });
}

export function renderError(message: string): APIEmbed {
  return fitEmbed({ title: 'Cannot do that', description: inert(message, 1000), color: COLOR_ERROR });
}
