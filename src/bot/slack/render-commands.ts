// Block Kit answers to the slash commands: incident lists and details, subscription changes.
// Incident text comes from feeds, so it is escaped like alerts are.
import { attackLabel, incidentFacts, incidentHeadline, type CountryNamer } from '../../alerts/alert.ts';
import type { Gazetteer } from '../../alerts/ports.ts';
import type { Incident, Subscription } from '../../alerts/types.ts';
import { describeSubscription, incidentScope, type IncidentListResult, type SubscriptionChange } from '../commands.ts';
import { mrkdwn, plain, type SlackBlock, type SlackMessage } from './blocks.ts';
import { fitMrkdwn, oneLine, safeText, SLACK_LIMITS, slackLink } from './escape.ts';

const n = (v: number | null) => (v === null ? '?' : String(v));
const claim = (c: boolean | null) => (c === true ? 'claimed' : c === false ? 'not claimed' : 'claim unknown');

function incidentSummary(incident: Incident, countryName: CountryNamer): string {
  const head = `*#${incident.id}* ${incident.date ?? 'date unknown'} · ${safeText(oneLine(incidentHeadline(incident, countryName)), 300)}`;
  const group = incident.perpetrators.length
    ? ` · ${safeText(incident.perpetrators.join(', '), 200)} (${claim(incident.claimed)})`
    : '';
  const links = incident.sources
    .slice(0, 5)
    .map((s) => slackLink(s.url, s.source || s.title, 60))
    .join(', ');
  const more = incident.sources.length > 5 ? ` +${incident.sources.length - 5}` : '';
  const count = `${incident.sources.length} source${incident.sources.length === 1 ? '' : 's'}`;
  return fitMrkdwn(
    `${head}\nKilled ${n(incident.killed)}, wounded ${n(incident.wounded)}${group} · ${count}: ${links}${more}`,
    SLACK_LIMITS.sectionText,
  );
}

export function renderIncidentList(result: IncidentListResult, g: Gazetteer): SlackMessage {
  const countryName: CountryNamer = (c) => g.countryName(c);
  const { incidents, total, filters } = result;
  const scope = incidentScope(filters, countryName)
    .map((s) => safeText(s, 100))
    .join(', ');
  if (incidents.length === 0) {
    const hint = filters.days !== null ? ' Try a wider window: `365d` or `all`.' : '';
    const text = `No incidents (${scope}).${hint}`;
    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }
  const shown = incidents.slice(0, SLACK_LIMITS.blocks - 3);
  const blocks: SlackBlock[] = [
    { type: 'section', text: mrkdwn(`*Incidents* (${scope}): ${total} found`) },
    ...shown.map((i): SlackBlock => ({ type: 'section', text: mrkdwn(incidentSummary(i, countryName)) })),
  ];
  const hidden = total - shown.length;
  if (hidden > 0) blocks.push({ type: 'context', elements: [mrkdwn(`… and ${hidden} more. Narrow the search, or add \`limit 50\`.`)] });
  blocks.push({ type: 'context', elements: [mrkdwn('Details: `/incident ID`')] });
  return { text: `${total} incident${total === 1 ? '' : 's'} (${scope})`, blocks };
}

export function renderIncidentDetail(incident: Incident, g: Gazetteer): SlackMessage {
  const countryName: CountryNamer = (c) => g.countryName(c);
  const headline = oneLine(incidentHeadline(incident, countryName));
  const blocks: SlackBlock[] = [
    { type: 'header', text: plain(safeText(`#${incident.id} ${headline}`, SLACK_LIMITS.headerText)) },
    {
      type: 'section',
      fields: incidentFacts(incident, countryName)
        .slice(0, SLACK_LIMITS.fields)
        .map((f) => mrkdwn(`*${safeText(f.label, 100)}*\n${safeText(oneLine(f.value), 1800)}`)),
    },
    {
      type: 'context',
      elements: [
        mrkdwn(
          `First seen ${safeText(incident.firstSeen, 40)}, updated ${safeText(incident.lastUpdated, 40)} · version ${incident.version} · ${
            incident.sources.length
          } source${incident.sources.length === 1 ? '' : 's'}${incident.sources.length < 2 ? ' (developing)' : ''}`,
        ),
      ],
    },
    { type: 'divider' },
  ];
  const room = SLACK_LIMITS.blocks - blocks.length - 1;
  for (const s of incident.sources.slice(0, room)) {
    const facts = `killed ${n(s.facts.killed)}, wounded ${n(s.facts.wounded)}, date ${s.facts.date ?? '?'}, ${
      s.facts.attackTypes.map(attackLabel).join(', ') || 'attack type unknown'
    }, confidence ${Math.round(s.confidence * 100)}%`;
    const evidence = Object.entries(s.evidence)
      .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0)
      .map(([field, sentence]) => `>${safeText(field, 30)}: “${safeText(oneLine(sentence), 400)}”`);
    const text = [`*${slackLink(s.url, s.title, 200)}* (${safeText(oneLine(s.source), 60)}, ${s.published ?? 'date unknown'})`, facts, ...evidence].join('\n');
    blocks.push({ type: 'section', text: mrkdwn(fitMrkdwn(text, SLACK_LIMITS.sectionText)) });
  }
  if (incident.sources.length > room) {
    blocks.push({ type: 'context', elements: [mrkdwn(`… and ${incident.sources.length - room} more sources`)] });
  }
  return { text: safeText(`#${incident.id} ${headline}`, SLACK_LIMITS.fallbackText), blocks };
}

export function renderSubscriptionChange(
  change: SubscriptionChange,
  g: Gazetteer,
  verb: 'subscribed' | 'unsubscribed',
  userId: string,
): SlackMessage {
  const list = (items: SubscriptionChange['changed']) => items.map((s) => safeText(describeSubscription(g, s), 200)).join(', ');
  const lines: string[] = [];
  if (change.changed.length > 0) {
    lines.push(
      verb === 'subscribed'
        ? `<@${userId}> subscribed this channel to ${list(change.changed)}.`
        : `<@${userId}> unsubscribed this channel from ${list(change.changed)}.`,
    );
  }
  if (change.unchanged.length > 0) {
    lines.push(
      verb === 'subscribed'
        ? `Already subscribed to ${list(change.unchanged)}.`
        : `This channel was not subscribed to ${list(change.unchanged)}.`,
    );
  }
  const text = lines.join('\n') || 'Nothing changed.';
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function renderSubscriptions(subscriptions: Subscription[], g: Gazetteer): SlackMessage {
  if (subscriptions.length === 0) {
    const text = 'This channel has no subscriptions. Add one with `/subscribe city kabul`.';
    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }
  const lines = subscriptions.map((s) => `• ${safeText(describeSubscription(g, s), 200)} (since ${s.createdAt.slice(0, 10)})`);
  const text = fitMrkdwn(`*This channel's subscriptions*\n${lines.join('\n')}`, SLACK_LIMITS.sectionText);
  return { text: `${subscriptions.length} subscription${subscriptions.length === 1 ? '' : 's'}`, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function renderNotice(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: mrkdwn(fitMrkdwn(text, SLACK_LIMITS.sectionText)) }] };
}
