import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from '../../src/sources/decode.ts';

const rss = (title: string, decl = ''): string =>
  `${decl}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

describe('decodeBody', () => {
  it('reads the charset parameter of Content-Type', () => {
    expect(charsetFromContentType('application/rss+xml; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/xml;charset=windows-1251')).toBe('windows-1251');
    expect(charsetFromContentType('text/xml')).toBeNull();
  });

  it('decodes Latin-1 named in the Content-Type header', () => {
    const bytes = iconv.encode(rss('Ação em Lisboa: embaixada'), 'latin1');
    const d = decodeBody(bytes, 'application/rss+xml; charset=ISO-8859-1');
    expect(d.text).toContain('Ação em Lisboa');
    expect(d.source).toBe('header');
    expect(d.warning).toBeNull();
  });

  it('decodes windows-1251 named in the XML declaration', () => {
    const bytes = iconv.encode(rss('Посольство', '<?xml version="1.0" encoding="windows-1251"?>'), 'windows-1251');
    const d = decodeBody(bytes, 'text/xml');
    expect(d.text).toContain('<title>Посольство</title>');
    expect(d.source).toBe('prolog');
  });

  it('prefers the header charset over the declaration', () => {
    const bytes = iconv.encode(rss('Ambassade à Kaboul', '<?xml version="1.0" encoding="windows-1251"?>'), 'latin1');
    expect(decodeBody(bytes, 'text/xml; charset=iso-8859-1').text).toContain('Ambassade à Kaboul');
  });

  it('honours a BOM over everything else (UTF-8, UTF-16LE, UTF-16BE)', () => {
    const text = rss('Ambassade — 大使馆', '<?xml version="1.0" encoding="UTF-16"?>');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    for (const [bytes, enc] of [[le, 'utf-16le'], [be, 'utf-16be'], [u8, 'utf-8']] as const) {
      const d = decodeBody(bytes, 'text/xml; charset=iso-8859-1');
      expect(d.text).toBe(text);
      expect(d.encoding).toBe(enc);
      expect(d.source).toBe('bom');
    }
  });

  it('sniffs UTF-16 without a BOM', () => {
    const text = rss('Embassy');
    expect(decodeBody(iconv.encode(text, 'utf-16le')).text).toBe(text);
    expect(decodeBody(iconv.encode(text, 'utf-16be')).text).toBe(text);
  });

  it('defaults to UTF-8', () => {
    const d = decodeBody(Buffer.from(rss('Ambassade à Kaboul')));
    expect(d.text).toContain('à Kaboul');
    expect(d.encoding).toBe('utf-8');
  });

  it('falls back to UTF-8 with a warning on an unknown charset, never throws', () => {
    const d = decodeBody(Buffer.from(rss('Ambassade à Kaboul')), 'text/xml; charset=x-klingon');
    expect(d.text).toContain('à Kaboul');
    expect(d.encoding).toBe('utf-8');
    expect(d.warning).toMatch(/unknown charset "x-klingon"/);
  });

  it('guesses a legacy 8-bit charset for undeclared non-UTF-8 bytes', () => {
    expect(decodeBody(iconv.encode(rss('Notícias de São Paulo, Brasília'), 'latin1')).text).toContain('Notícias de São Paulo');
    const ru = 'Нападение на посольство в Кабуле, есть погибшие';
    expect(decodeBody(iconv.encode(rss(ru), 'koi8-r')).text).toContain(ru);
    expect(decodeBody(iconv.encode(rss(ru), 'windows-1251')).text).toContain(ru);
  });
});
