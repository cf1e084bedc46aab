// The feed servers of the feeds bench, in their own process so that their memory and CPU are not
// counted as the poller's: HOSTS loopback servers serving FEEDS feeds of ITEMS items with an ETag,
// 304 on a matching If-None-Match. IPC: {type:'publish', feed, item} adds an item; {type:'stats'}.
import { createServer } from 'node:http';

const { feeds, hosts, items: ITEMS } = JSON.parse(process.argv[2] ?? process.argv[1]);
const WORDS = (
  'government minister talks trade market election parliament economy weather storm rain farmers harvest prices ' +
  'football league final cup coach players stadium fans festival film music museum exhibition school university ' +
  'students hospital doctors health vaccine science research climate energy oil gas power grid railway airport'
).split(' ');

const day = (offset) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);

function filler(seed, words) {
  let x = seed * 2654435761;
  const out = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]);
  }
  return `${out.join(' ')}.`;
}

const feedItems = (feed) =>
  Array.from({ length: ITEMS }, (_, j) => ({
    guid: `f${feed}-i${j}`,
    title: `${filler(feed * 100 + j, 6).replace(/\.$/, '')} (${feed}/${j})`,
    description: `<p>${filler(feed * 1000 + j, 70)}</p><p>${filler(feed * 1000 + j + 1, 40)}</p>`,
    published: day(j % 20),
  }));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rss = (feed, list) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>http://feed${feed}.example/</link><description>bench</description>\n` +
  list
    .map(
      (i) =>
        `<item><title>${esc(i.title)}</title><link>http://feed${feed}.example/${i.guid}</link><guid>${i.guid}</guid><pubDate>${new Date(`${i.published}T08:00:00Z`).toUTCString()}</pubDate><description>${esc(i.description)}</description></item>`,
    )
    .join('\n') +
  '\n</channel></rss>';

const extra = new Map();
const version = new Map();
const cache = new Map();
let requests = 0;
let notModified = 0;
let bytes = 0;

function body(feed) {
  let hit = cache.get(feed);
  if (!hit) {
    const text = rss(feed, [...(extra.get(feed) ?? []), ...feedItems(feed)]);
    hit = { body: Buffer.from(text), etag: `"f${feed}-v${version.get(feed) ?? 0}"` };
    cache.set(feed, hit);
  }
  return hit;
}

process.on('message', (m) => {
  if (m.type === 'publish') {
    extra.set(m.feed, [m.item, ...(extra.get(m.feed) ?? [])]);
    version.set(m.feed, (version.get(m.feed) ?? 0) + 1);
    cache.delete(m.feed);
    process.send({ type: 'published' });
  } else if (m.type === 'stats') {
    process.send({ type: 'stats', requests, notModified, bytes });
  }
});
process.on('disconnect', () => process.exit(0));

const urls = [];
for (let h = 0; h < hosts; h++) {
  const server = createServer((req, res) => {
    requests++;
    const feed = Number(/\/feed\/(\d+)\.xml/.exec(req.url ?? '')?.[1] ?? -1);
    if (!(feed >= 0 && feed < feeds)) {
      res.writeHead(404).end();
      return;
    }
    const { body: b, etag } = body(feed);
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    bytes += b.length;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'content-length': b.length }).end(b);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  urls.push(`http://127.0.0.1:${server.address().port}`);
}
process.send({ type: 'ready', urls });
