// Renders the neutral Alert as a Slack message: a header, the facts as section fields, the
// sources, and a context line ("Developing: 1 source"), with a plain-text fallback for
// notifications. Every piece of feed text is escaped and cut to Block Kit limits.
import type { Alert } from '../../alerts/types.ts';
import { mrkdwn, plain, type SlackBlock, type SlackMessage } from './blocks.ts';
import { fitMrkdwn, oneLine, safeText, SLACK_LIMITS, slackLink } from './escape.ts';

const MAX_SOURCE_LINES = 20;

function sourceCountLine(alert: Alert): string {
  const n = alert.sources.length;
  return alert.developing ? `Developing: ${n} source` : `Confirmed by ${n} sources`;
}

export function renderAlert(alert: Alert): SlackMessage {
  const prefix = alert.isUpdate ? 'Updated: ' : '';
  const headline = oneLine(alert.headline) || 'Attack on a diplomatic mission';
  const blocks: SlackBlock[] = [
    { type: 'header', text: plain(safeText(prefix + headline, SLACK_LIMITS.headerText)) },
    { type: 'section', text: mrkdwn(safeText(oneLine(alert.summary), SLACK_LIMITS.sectionText)) },
  ];

  const fields = alert.facts.slice(0, SLACK_LIMITS.fields).map((fact) => {
    const label = safeText(oneLine(fact.label), 100);
    return mrkdwn(`*${label}*\n${safeText(oneLine(fact.value), SLACK_LIMITS.fieldText - label.length - 4)}`);
  });
  if (fields.length > 0) blocks.push({ type: 'section', fields });

  if (alert.sources.length > 0) {
    const lines = alert.sources
      .slice(0, MAX_SOURCE_LINES)
      .map((s) => `• ${slackLink(s.url, s.title)} (${safeText(oneLine(s.source), 60)})`);
    if (alert.sources.length > MAX_SOURCE_LINES) lines.push(`… and ${alert.sources.length - MAX_SOURCE_LINES} more`);
    blocks.push({ type: 'section', text: mrkdwn(fitMrkdwn(`*Sources*\n${lines.join('\n')}`, SLACK_LIMITS.sectionText)) });
  }

  if (alert.why) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn(`Why: “${safeText(oneLine(alert.why), SLACK_LIMITS.sectionText - 10)}”`)],
    });
  }

  const outlets = [...new Set(alert.sources.map((s) => oneLine(s.source)).filter(Boolean))];
  const context = [
    `${alert.developing ? ':warning: ' : ''}*${sourceCountLine(alert)}*`,
    outlets.length ? safeText(outlets.join(', '), 500) : null,
    `incident #${alert.incidentId} v${alert.version}`,
    `confidence ${Math.round(alert.confidence * 100)}%`,
  ].filter((part): part is string => part !== null);
  blocks.push({ type: 'context', elements: [mrkdwn(context.join(' · '))] });

  const fallback = `${alert.isUpdate ? 'Updated: ' : ''}${oneLine(alert.summary)}${alert.developing ? ' (developing)' : ''}`;
  return { text: safeText(fallback, SLACK_LIMITS.fallbackText), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
