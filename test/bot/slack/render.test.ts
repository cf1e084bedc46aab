import { describe, expect, it } from 'vitest';
import { escapeSlack, safeText, slackLink } from '../../../src/bot/slack/escape.ts';
import { renderAlert } from '../../../src/bot/slack/render-alert.ts';
import { HOSTILE, sampleAlert } from './fixtures.ts';

/** Every string anywhere in the message. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('Slack escaping', () => {
  it('escapes &, < and > and nothing else', () => {
    expect(escapeSlack('a & b <c> "d"')).toBe('a &amp; b &lt;c&gt; "d"');
  });

  it('cuts without splitting an entity', () => {
    const cut = safeText('&&&&&&&&&&', 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut).toBe('&amp;&amp;…');
  });

  it('links only http(s) URLs and keeps the label inert', () => {
    expect(slackLink('javascript:alert(1)', 'x')).toBe('x');
    expect(slackLink('/tmp/article.txt', 'x')).toBe('x');
    expect(slackLink('https://a.example/p?q=1|<b>', '<!here>|x')).toBe('<https://a.example/p?q=1%7C%3Cb%3E|&lt;!here&gt;¦x>');
  });
});

describe('renderAlert', () => {
  it('renders a header, fact fields, sources and a Developing context line', () => {
    const message = renderAlert(sampleAlert());
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'context']);
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Armed assault on Pakistan embassy in Kabul', emoji: false } });
    const fields = message.blocks[2];
    expect(fields?.type === 'section' && fields.fields?.map((f) => f.text)).toEqual(['*Where*\nKabul, Afghanistan', '*Killed*\n2']);
    const sources = JSON.stringify(message.blocks[3]);
    expect(sources).toContain('<https://news.example/a?x=1&amp;y=2|Gunmen attack Pakistani embassy>');
    const context = message.blocks.at(-1);
    expect(context?.type === 'context' && context.elements[0]?.text).toMatch(/Developing: 1 source\* · Example News/);
    expect(message.text).toContain('Armed assault on Pakistan embassy in Kabul');
    expect(message.text).toContain('(developing)');
  });

  it('says Updated and Confirmed when an update has several sources', () => {
    const message = renderAlert(
      sampleAlert({
        isUpdate: true,
        developing: false,
        sources: [
          { title: 'a', url: null, source: 'A' },
          { title: 'b', url: null, source: 'B' },
        ],
      }),
    );
    expect(JSON.stringify(message.blocks[0])).toContain('Updated: Armed assault');
    expect(JSON.stringify(message.blocks.at(-1))).toContain('Confirmed by 2 sources');
    expect(message.text.startsWith('Updated: ')).toBe(true);
  });

  it('lets no mention, broadcast or spoofed link through from feed text', () => {
    const message = renderAlert(
      sampleAlert({
        headline: HOSTILE,
        summary: HOSTILE,
        facts: [{ label: HOSTILE, value: HOSTILE }],
        sources: [{ title: HOSTILE, url: 'https://ok.example/', source: HOSTILE }],
        why: HOSTILE,
      }),
    );
    const all = strings(message);
    for (const s of all) {
      expect(s).not.toContain('<!channel>');
      expect(s).not.toContain('<@U123>');
      expect(s).not.toContain('<http://evil.example');
    }
    expect(all.join('\n')).toContain('&lt;!channel&gt; &lt;@U123&gt; &lt;http://evil.example|click me&gt; &amp;');
  });

  it('keeps Block Kit limits with huge feed text', () => {
    const long = 'x&'.repeat(10_000);
    const message = renderAlert(
      sampleAlert({
        headline: long,
        summary: long,
        facts: Array.from({ length: 30 }, (_, i) => ({ label: `f${i}`, value: long })),
        sources: Array.from({ length: 200 }, (_, i) => ({ title: long, url: `https://s${i}.example/${long}`, source: long })),
        why: long,
      }),
    );
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    for (const block of message.blocks) {
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      if (block.type === 'section') {
        if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
        expect((block.fields ?? []).length).toBeLessThanOrEqual(10);
        for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
      }
      if (block.type === 'context') for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(3000);
    }
    // No half entity or half link left behind by a cut.
    for (const s of strings(message.blocks)) {
      expect(s).not.toMatch(/&[a-z]*…$/);
      expect((s.match(/</g) ?? []).length).toBe((s.match(/>/g) ?? []).length);
    }
  });
});
