import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed, type ParseFeedOptions } from '../../src/sources/feed-parser.ts';
import { canonicalizeUrl, unwrapRedirectUrl } from '../../src/sources/urls.ts';

const NOW = new Date('2024-06-15T12:00:00Z');
const opts = (extra: Partial<ParseFeedOptions> = {}): ParseFeedOptions => ({ sourceId: 'src', now: NOW, ...extra });
const key = (identity: string): string => createHash('sha256').update(identity).digest('hex').slice(0, 32);

function rss(items: string, channel = '<title>World</title><link>https://news.example.com/world/</link>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>${channel}${items}</channel></rss>`;
}

async function parseError(xml: string): Promise<FeedParseError> {
  const err = await parseFeed(xml, opts()).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedParseError);
  expect((err as Error).name).toBe('FeedParseError');
  return err as FeedParseError;
}

describe('parseFeed: items', () => {
  it('maps an RSS item to an Article with plain text', async () => {
    const feed = await parseFeed(
      rss(`<item>
        <title><![CDATA[  Blast hits <b>embassy</b> in Kabul &amp; kills two ]]></title>
        <link>https://News.Example.com/world/blast?utm_source=rss&amp;id=7#top</link>
        <guid isPermaLink="false">tag:news.example.com,2024:7</guid>
        <description>&lt;p&gt;Short &lt;a href="https://x.example/"&gt;summary&lt;/a&gt;&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p>A car bomb exploded outside the embassy.</p><img src="x.jpg" alt="photo"><script>alert(1)</script><p>Two   guards were killed.</p>]]></content:encoded>
        <pubDate>Fri, 14 Jun 2024 23:30:00 -0200</pubDate>
      </item>`),
      opts(),
    );
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('World');
    expect(feed.items).toEqual([
      {
        sourceId: 'src',
        itemKey: key('guid:tag:news.example.com,2024:7'),
        url: 'https://news.example.com/world/blast?utm_source=rss&id=7#top',
        canonicalUrl: 'https://news.example.com/world/blast?id=7',
        title: 'Blast hits embassy in Kabul & kills two',
        text: 'A car bomb exploded outside the embassy.\n\nTwo guards were killed.',
        published: '2024-06-15',
      },
    ]);
  });

  it('falls back to description, then summary, for the text', async () => {
    const feed = await parseFeed(rss('<item><title>t</title><description>&lt;p&gt;Only &lt;i&gt;desc&lt;/i&gt;&lt;/p&gt;</description></item>'), opts());
    expect(feed.items[0]?.text).toBe('Only desc');
  });

  it('identity: guid, else link, else title + date; hashed to 32 hex chars', async () => {
    const feed = await parseFeed(
      rss(`
        <item><title>A</title><guid>g-1</guid><link>https://news.example.com/a</link></item>
        <item><title>B</title><link>https://news.example.com/b</link></item>
        <item><title>C</title><pubDate>Mon, 10 Jun 2024 10:00:00 GMT</pubDate></item>
        <item><title>C</title><pubDate>Tue, 11 Jun 2024 10:00:00 GMT</pubDate></item>`),
      opts(),
    );
    expect(feed.items.map((a) => a.itemKey)).toEqual([
      key('guid:g-1'),
      key('link:https://news.example.com/b'),
      key('title:C\nMon, 10 Jun 2024 10:00:00 GMT'),
      key('title:C\nTue, 11 Jun 2024 10:00:00 GMT'),
    ]);
    for (const a of feed.items) expect(a.itemKey).toMatch(/^[0-9a-f]{32}$/);
    // Stable across polls.
    const again = await parseFeed(rss('<item><title>A changed title</title><guid>g-1</guid></item>'), opts());
    expect(again.items[0]?.itemKey).toBe(key('guid:g-1'));
  });

  it('uses the Atom id as identity', async () => {
    const feed = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link href="https://a.example/"/>
        <entry><id>urn:uuid:1</id><title type="html">&lt;b&gt;Hi&lt;/b&gt;</title><link rel="alternate" href="/post/1"/>
          <updated>2024-06-01T10:00:00Z</updated><summary>s</summary><content type="html">&lt;p&gt;c&lt;/p&gt;</content></entry>
      </feed>`,
      opts(),
    );
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ itemKey: key('guid:urn:uuid:1'), title: 'Hi', text: 'c', url: 'https://a.example/post/1', published: '2024-06-01' });
  });

  it('collapses duplicate guids within a feed to the first item', async () => {
    const feed = await parseFeed(
      rss(`<item><title>first</title><guid>same</guid></item><item><title>second</title><guid>same</guid></item>
           <item><title>x</title><link>https://n.example/1</link></item><item><title>y</title><link>https://n.example/1</link></item>`),
      opts(),
    );
    expect(feed.items.map((a) => a.title)).toEqual(['first', 'x']);
    expect(feed.totalItems).toBe(4);
  });

  it('resolves relative links against the feed link, else the fetched URL', async () => {
    const withLink = await parseFeed(rss('<item><title>a</title><link>../story/1?x=1</link></item>'), opts());
    expect(withLink.items[0]?.url).toBe('https://news.example.com/story/1?x=1');
    const relativeChannel = await parseFeed(
      rss('<item><title>a</title><link>detail/2</link></item>', '<title>t</title><link>/en/news/</link>'),
      opts({ baseUrl: 'https://games.example.org/en/news/rss' }),
    );
    expect(relativeChannel.link).toBe('https://games.example.org/en/news/');
    expect(relativeChannel.items[0]?.url).toBe('https://games.example.org/en/news/detail/2');
    const noBase = await parseFeed(rss('<item><title>a</title><link>/x</link></item>', '<title>t</title>'), opts());
    expect(noBase.items[0]?.url).toBeNull();
    expect(noBase.items[0]?.canonicalUrl).toBeNull();
  });

  it('uses a permalink guid when there is no link, and feedburner:origLink over the proxy link', async () => {
    const feed = await parseFeed(
      rss(`<item><title>a</title><guid>https://news.example.com/a</guid></item>
           <item xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><title>b</title><link>http://feedproxy.google.com/~r/x/~3/abc/</link>
             <feedburner:origLink>https://news.example.com/b?utm_medium=feed</feedburner:origLink></item>`),
      opts(),
    );
    expect(feed.items.map((a) => [a.url, a.canonicalUrl])).toEqual([
      ['https://news.example.com/a', 'https://news.example.com/a'],
      ['https://news.example.com/b?utm_medium=feed', 'https://news.example.com/b'],
    ]);
  });

  it('unwraps Google News and Google Alerts redirect links', async () => {
    const feed = await parseFeed(
      rss(`<item><title>a</title><link>http://news.google.com/news/url?sa=t&amp;fd=R&amp;usg=AFQ&amp;url=http://www.reuters.com/article/idUS1?feedType=RSS</link></item>
           <item><title>b</title><link>https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.bbc.co.uk/news/world-1%3Fat_medium%3DRSS&amp;ct=ga&amp;cd=CAE</link></item>`),
      opts(),
    );
    expect(feed.items.map((a) => a.url)).toEqual(['http://www.reuters.com/article/idUS1?feedType=RSS', 'https://www.bbc.co.uk/news/world-1?at_medium=RSS']);
    expect(feed.items[1]?.canonicalUrl).toBe('https://www.bbc.co.uk/news/world-1');
  });

  it('parses dates as UTC days and drops absurd ones', async () => {
    const dated = (d: string): string => `<item><title>${d}</title><pubDate>${d}</pubDate></item>`;
    const feed = await parseFeed(
      rss(
        [
          'Sat, 15 Jun 2024 01:00:00 +0300', // 2024-06-14 UTC
          'Thu, 01 Jan 1970 00:00:00 GMT', // before 1990
          'Mon, 17 Jun 2024 11:00:00 GMT', // within two days of now
          'Thu, 20 Jun 2024 00:00:00 GMT', // more than two days ahead
          'Fri, 31 Dec 2099 00:00:00 GMT',
          'yesterday-ish',
          '2024-06-10T08:00:00Z',
        ]
          .map(dated)
          .join(''),
      ),
      opts(),
    );
    expect(feed.items.map((a) => a.published)).toEqual(['2024-06-14', null, '2024-06-17', null, null, null, '2024-06-10']);
  });

  it('reads dc:date in RDF and Atom 0.3 issued/modified', async () => {
    const rdf = await parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
        <item rdf:about="https://r.example/1"><title>one</title><link>https://r.example/1</link><dc:date>2024-05-01T10:00:00+00:00</dc:date></item>
      </rdf:RDF>`,
      opts(),
    );
    expect(rdf.format).toBe('rdf');
    expect(rdf.items[0]).toMatchObject({ title: 'one', url: 'https://r.example/1', published: '2024-05-01' });
    const atom03 = await parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>A</title>
        <entry><title>e</title><id>e1</id><issued>2004-03-01T10:00:00Z</issued></entry></feed>`,
      opts(),
    );
    expect(atom03.items[0]?.published).toBe('2004-03-01');
  });

  it('survives an invalid Atom date (rss-parser would throw on it)', async () => {
    const feed = await parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>t</title><published>not a date</published></entry></feed>',
      opts(),
    );
    expect(feed.items[0]?.published).toBeNull();
  });

  it('caps the number of items and the text length', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><guid>${i}</guid><title>t${i}</title><description>${'word '.repeat(2000)}</description></item>`);
    const feed = await parseFeed(rss(items.join('')), opts({ maxItems: 10, maxTextLength: 500 }));
    expect(feed.items).toHaveLength(10);
    expect(feed.totalItems).toBe(30);
    expect(feed.items[9]?.title).toBe('t9');
    for (const a of feed.items) expect(a.text.length).toBeLessThanOrEqual(500);
  });

  it('has a default cap of 500 items', async () => {
    const items = Array.from({ length: 600 }, (_, i) => `<item><guid>${i}</guid><title>t${i}</title></item>`);
    expect((await parseFeed(rss(items.join('')), opts())).items).toHaveLength(500);
  });
});

describe('parseFeed: valid shapes rss-parser alone rejects', () => {
  it('accepts leading blank lines and a comment before the XML declaration', async () => {
    const feed = await parseFeed(`\n\n  <!-- generated -->\n${rss('<item><title>a</title><guid>1</guid></item>')}`, opts());
    expect(feed.items).toHaveLength(1);
  });

  it('accepts <rss> without a version, RSS 0.91 and a BOM', async () => {
    expect((await parseFeed('<rss><channel><item><title>a</title></item></channel></rss>', opts())).items).toHaveLength(1);
    expect((await parseFeed('\uFEFF<rss version="0.91"><channel><item><title>a</title><link>https://a.example/</link></item></channel></rss>', opts())).items).toHaveLength(1);
  });

  it('accepts atom:-prefixed Atom', async () => {
    const feed = await parseFeed(
      `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title><a:link href="https://p.example/"/>
        <a:entry><a:id>urn:1</a:id><a:title>Prefixed</a:title><a:link href="https://p.example/1"/><a:updated>2024-06-01T00:00:00Z</a:updated></a:entry></a:feed>`,
      opts(),
    );
    expect(feed.items).toEqual([expect.objectContaining({ title: 'Prefixed', url: 'https://p.example/1', published: '2024-06-01', itemKey: key('guid:urn:1') })]);
  });

  it('accepts an encoding declaration that no longer applies (the text is already decoded)', async () => {
    const feed = await parseFeed(`<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><item><title>Посольство</title></item></channel></rss>`, opts());
    expect(feed.items[0]?.title).toBe('Посольство');
  });

  it('keeps HTML entities, bare ampersands and illegal control characters from failing the feed', async () => {
    const feed = await parseFeed(
      rss('<item><title>Q&amp;A: embassy&nbsp;siege \x1b[31m\x00day 2 &copy; AT&T</title><link>https://n.example/a?x=1&y=2</link></item>'),
      opts(),
    );
    expect(feed.items[0]?.title).toBe('Q&A: embassy siege [31mday 2 © AT&T');
    expect(feed.items[0]?.url).toBe('https://n.example/a?x=1&y=2');
  });

  it('strips an internal DTD; its entities stay unexpanded', async () => {
    const feed = await parseFeed(
      `<!DOCTYPE rss [ <!ENTITY id "tag:example.com,"> ]>
       <rss version="2.0"><channel><item><guid isPermaLink='false'>&id;2006-05-04:/blog/</guid><title>t &id;</title></item></channel></rss>`,
      opts(),
    );
    expect(feed.items[0]?.itemKey).toBe(key('guid:&id;2006-05-04:/blog/'));
    expect(feed.items[0]?.title).toBe('t &id;');
  });
});

describe('parseFeed: hostile input', () => {
  it('billion laughs: no expansion, bounded time', async () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const xml = `<?xml version="1.0"?>
<!DOCTYPE lolz [ <!ENTITY lol0 "lol"> ${lol} ]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description><guid>1</guid></item></channel></rss>`;
    const t0 = Date.now();
    const feed = await parseFeed(xml, opts());
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toBe('&lol9;');
    expect(feed.items[0]?.text).toBe('&lol9;');
    expect(JSON.stringify(feed)).not.toContain('lollol');
  });

  it('XXE: a SYSTEM entity for a local file is never read', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ELEMENT rss ANY> <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY % p SYSTEM "file:///etc/hostname"> %p; ]>
<rss version="2.0"><channel><item><title>Hello &xxe;</title><guid>1</guid></item></channel></rss>`;
    const feed = await parseFeed(xml, opts());
    expect(feed.items[0]?.title).toBe('Hello &xxe;');
    expect(JSON.stringify(feed)).not.toMatch(/root:/);
  });

  it('a DOCTYPE with ">" and "]" inside quoted entity values is skipped whole', async () => {
    const xml = `<!DOCTYPE rss [ <!ENTITY a "x]>y"> <!-- ]> --> <!ENTITY b '>'> ]><rss version="2.0"><channel><item><title>&a;&b;</title></item></channel></rss>`;
    expect((await parseFeed(xml, opts())).items[0]?.title).toBe('&a;&b;');
  });

  it('renders hostile HTML as inert text', async () => {
    const feed = await parseFeed(
      rss(`<item><title>x</title><description><![CDATA[<script>alert('x')</script><p onmouseover="alert(1)">Hello</p><!-- <script>evil()</script> --><style>p{}</style><iframe src="javascript:alert(1)"></iframe>]]></description></item>`),
      opts(),
    );
    expect(feed.items[0]?.text).toBe('Hello');
  });
});

describe('parseFeed: not a feed', () => {
  it.each([
    ['', /not a feed: the document is empty/, 'empty'],
    ['   \n\t', /not a feed: the document is empty/, 'empty'],
    ['<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>', /not a feed: looks like an HTML page/, 'not_a_feed'],
    ['<head><title>Document Moved</title></head><body>moved</body>', /not a feed: looks like an HTML page/, 'not_a_feed'],
    ['{"version":"https://jsonfeed.org/version/1","items":[]}', /not a feed: looks like JSON/, 'not_a_feed'],
    ['<?xml version="1.0"?><opml version="1.0"><body/></opml>', /OPML/, 'not_a_feed'],
    ['<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', /sitemap/, 'not_a_feed'],
    ['<!-- nothing here -->', /no root element/, 'not_a_feed'],
    ['\x1f\x8b\x08\x00binary', /gzip/, 'not_a_feed'],
    ['<rss version="2.0"><channel><item><title>a</title></item>', /truncated/, 'malformed'],
    ['<rss version="2.0"><channel><item><title>a</tit', /truncated|malformed/, 'malformed'],
    ['<rss version="2.0"><channel><item><title>a</item></channel></rss>', /malformed feed XML/, 'malformed'],
  ])('%j -> FeedParseError', async (xml, message, code) => {
    const err = await parseError(xml);
    expect(err.message).toMatch(message);
    expect(err.code).toBe(code);
  });

  it('keeps the XML parser error as the cause', async () => {
    const err = await parseError('<rss version="2.0"><channel><item></channel></rss>');
    expect(err.cause).toBeInstanceOf(Error);
  });
});

describe('canonicalizeUrl / unwrapRedirectUrl', () => {
  it('drops fragments and tracking parameters, lowercases the host', () => {
    expect(canonicalizeUrl('HTTPS://WWW.Example.COM:443/A/Path?utm_source=x&id=5&fbclid=abc&gclid=1&UTM_Medium=y#frag')).toBe('https://www.example.com/A/Path?id=5');
    expect(canonicalizeUrl('http://example.com/a?utm_campaign=z')).toBe('http://example.com/a');
    expect(canonicalizeUrl('http://example.com/a?b=2&a=1')).toBe('http://example.com/a?b=2&a=1');
    expect(canonicalizeUrl('mailto:x@example.com')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
  });

  it('only unwraps Google redirectors', () => {
    expect(unwrapRedirectUrl('https://www.google.com/url?q=https://a.example/x')).toBe('https://a.example/x');
    expect(unwrapRedirectUrl('https://evil.example/url?url=https://a.example/x')).toBe('https://evil.example/url?url=https://a.example/x');
    expect(unwrapRedirectUrl('https://www.google.com/url?url=javascript:alert(1)')).toBe('https://www.google.com/url?url=javascript:alert(1)');
  });
});
