// URL helpers for feed items: resolving relative links, unwrapping search-engine redirect links,
// and the canonical form used to recognise the same story reached through different links.

/** Parses `raw` against `base` (ignored when null or itself unparsable); null when impossible. */
export function resolveUrl(raw: string, base: string | null): URL | null {
  const value = raw.trim();
  try {
    return new URL(value);
  } catch {
    if (!base) return null;
    try {
      return new URL(value, base);
    } catch {
      return null;
    }
  }
}

function isGoogleHost(host: string): boolean {
  return /(^|\.)google\.[a-z.]{2,6}$/.test(host);
}

/**
 * Google News (`news.google.com/news/url?...&url=`) and Google Alerts (`www.google.com/url?...&url=`)
 * links point at a redirector; the publisher's URL is in the `url` (or `q`) parameter.
 */
export function unwrapRedirectUrl(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return href;
  }
  if (!isGoogleHost(u.hostname.toLowerCase())) return href;
  if (!/^\/(news\/)?url\/?$/.test(u.pathname)) return href;
  const target = u.searchParams.get('url') ?? u.searchParams.get('q');
  if (!target) return href;
  try {
    const t = new URL(target);
    return t.protocol === 'http:' || t.protocol === 'https:' ? t.href : href;
  } catch {
    return href;
  }
}

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'cmpid',
  'ncid',
  'ocid',
  'smid',
  'smtyp',
  'ito',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'xtor',
  'ref_src',
  'ref_url',
]);

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('__twitter_impression') || TRACKING_PARAMS.has(n);
}

/**
 * The URL without fragment, tracking parameters and default port, with a lower-cased host;
 * null when `href` is not an absolute http(s) URL.
 */
export function canonicalizeUrl(href: string): string | null {
  let u: URL;
  try {
    u = new URL(unwrapRedirectUrl(href));
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, '');
  const keep = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  if (keep.length !== [...u.searchParams].length) {
    u.search = '';
    for (const [name, value] of keep) u.searchParams.append(name, value);
  }
  return u.href;
}
