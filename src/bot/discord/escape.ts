// Makes untrusted feed text inert in Discord markdown and fits embeds within Discord's limits.
// Mentions are also disabled per message (allowed_mentions); neutralising them here keeps them from
// even rendering as pings or channel links, and keeps masked links from hiding where they point.
import { escapeMarkdown, type APIEmbed } from 'discord.js';

export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  total: 6000,
} as const;

const ZWSP = '\u200b';

/** Control, format and line-separator characters hide text or fake other names; newlines are kept. */
const ODD_CHARACTERS = /[\p{Cf}\u2028\u2029]|[^\P{Cc}\n]/gu;

/** Escapes Discord markdown and neutralises mentions, channel links, commands and masked links. */
export function escapeFeedText(text: string): string {
  let out = text.replace(ODD_CHARACTERS, ' ');
  out = escapeMarkdown(out, { heading: true, bulletedList: true, numberedList: true, maskedLink: false });
  return (
    out
      // [text](url): escaped brackets render literally, so nothing can disguise a link.
      .replace(/[[\]]/g, (c) => `\\${c}`)
      // > and >>> at a line start would quote the rest of the message.
      .replace(/^([ \t]*)>/gm, '$1\\>')
      // <@123>, <@!123>, <@&123>, <#123>, </cmd:1>, <t:...>, <:emoji:1>, <a:emoji:1>
      .replace(/<(?=[@#/:]|a:|t:|id:)/g, `<${ZWSP}`)
      // @everyone, @here (and any other @word, cheaply)
      .replace(/@(?=\S)/g, `@${ZWSP}`)
  );
}

/** Cuts already-escaped text to `max` characters without leaving a dangling escape or half a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  cut = cut.replace(/\\+$/, '').replace(new RegExp(`[<@]${ZWSP}?$`), '');
  return `${cut}…`;
}

/** Escape then cut: the usual path for feed text into a limited slot. */
export function inert(text: string, max: number): string {
  return truncate(escapeFeedText(text), max);
}

/** A URL safe to put in a masked link or embed url: http(s) only, parentheses and spaces encoded. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const href = parsed.href.replace(/[()<>\s[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return href.length <= 2000 ? href : null;
  } catch {
    return null;
  }
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Enforces every embed limit: each part is cut to its own limit, then, while the total is over 6000,
 * the description is shortened and fields are dropped from the end (noting how many were left out).
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, EMBED_LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, EMBED_LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, EMBED_LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, EMBED_LIMITS.authorName) };
  if (out.url !== undefined && safeUrl(out.url) === null) delete out.url;
  let fields = (out.fields ?? []).map((f) => ({
    ...f,
    name: truncate(f.name, EMBED_LIMITS.fieldName) || ZWSP,
    value: truncate(f.value, EMBED_LIMITS.fieldValue) || ZWSP,
  }));
  let dropped = 0;
  if (fields.length > EMBED_LIMITS.fields) {
    dropped = fields.length - (EMBED_LIMITS.fields - 1);
    fields = fields.slice(0, EMBED_LIMITS.fields - 1);
  }
  const note = () => (dropped > 0 ? [{ name: 'More', value: `${dropped} more not shown` }] : []);
  out.fields = [...fields, ...note()];
  const over = () => embedLength(out) - EMBED_LIMITS.total;
  if (over() > 0 && out.description) {
    out.description = truncate(out.description, Math.max(200, out.description.length - over()));
  }
  while (over() > 0 && fields.length > 0) {
    fields = fields.slice(0, -1);
    dropped++;
    out.fields = [...fields, ...note()];
  }
  if (over() > 0 && out.description) out.description = truncate(out.description, Math.max(1, out.description.length - over()));
  if (out.fields.length === 0) delete out.fields;
  return out;
}
