// Making untrusted feed text inert in Slack: &, < and > are the only characters Slack parses
// for mentions (<!channel>, <@U123>) and links (<http://x|label>), so escaping them is enough.
// Control and invisible characters are dropped too, and text is cut to Block Kit limits.

/** Block Kit limits (https://api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  contextElements: 10,
  /** Our own cap for the notification fallback `text`. */
  fallbackText: 3000,
} as const;

const ODD = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;

export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One line of feed text: control and invisible characters become spaces, runs of spaces one. */
export function oneLine(text: string): string {
  return text.replace(ODD, ' ').replace(/\s+/g, ' ').trim();
}

function escapedLength(text: string): number {
  return escapeSlack(text).length;
}

/**
 * Escapes `text` and cuts it (before escaping, so no entity is split) to at most `max`
 * characters once escaped, ending with "…" when cut.
 */
export function safeText(text: string, max: number): string {
  const escaped = escapeSlack(text);
  if (escaped.length <= max) return escaped;
  const chars = [...text];
  let out = '';
  let length = 1; // the ellipsis
  for (const ch of chars) {
    const add = escapedLength(ch);
    if (length + add > max) break;
    out += ch;
    length += add;
  }
  return `${escapeSlack(out)}…`;
}

/** Cuts already-built mrkdwn (our own markup plus escaped text) at a line boundary when possible. */
export function fitMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const newline = cut.lastIndexOf('\n');
  if (newline > max / 2) return `${cut.slice(0, newline)}\n…`;
  // Never leave half an entity ("&am") or half a link ("<http://...") behind.
  const safe = cut.replace(/&[a-z]*$/, '').replace(/<[^>]*$/, '');
  return `${safe}…`;
}

/** A link to an http(s) URL with an escaped label, or just the label when the URL is not web. */
export function slackLink(url: string | null, label: string, maxLabel = 200): string {
  const text = safeText(oneLine(label) || 'link', maxLabel);
  if (!url) return text;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return text;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return text;
  // A "|" or ">" in the URL would end the link early and let the rest pose as the label.
  const href = parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
  if (href.length > 2000) return text;
  return `<${href}|${text.replace(/\|/g, '¦')}>`;
}
