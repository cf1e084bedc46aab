import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/sources/article-file.js';

describe('parseArticleFile', () => {
  it('reads title, Published line and body', () => {
    const a = parseArticleFile('\n\nRockets hit embassy\nPublished: 2023-12-08\n\nTwo rockets hit the embassy.\nNo casualties.\n');
    expect(a).toEqual({ title: 'Rockets hit embassy', published: '2023-12-08', text: 'Two rockets hit the embassy.\nNo casualties.' });
  });
  it('has no date without a Published line', () => {
    const a = parseArticleFile('Title\r\nBody line one.\r\nBody line two.');
    expect(a.published).toBeNull();
    expect(a.title).toBe('Title');
    expect(a.text).toBe('Body line one.\nBody line two.');
  });
  it('only takes a Published line near the top', () => {
    const body = Array.from({ length: 10 }, (_, i) => `Line ${i}.`).join('\n');
    expect(parseArticleFile(`Title\n${body}\nPublished: 2020-01-01`).published).toBeNull();
  });
  it('handles an empty file', () => {
    expect(parseArticleFile('  \n ')).toEqual({ title: '', text: '', published: null });
  });
});
