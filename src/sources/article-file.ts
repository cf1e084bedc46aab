// Reads the plain-text article format of shared/corpus/README.md: the first non-empty line is the
// title, an optional "Published: YYYY-MM-DD" line near the top gives the date, the rest is the body.
import type { ArticleText } from '../alerts/types.js';

const PUBLISHED = /^\s*published\s*:\s*(\d{4}-\d{2}-\d{2})\b/i;
/** How many lines after the title may hold the Published line. */
const HEADER_LINES = 6;

export function parseArticleFile(content: string): ArticleText {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  if (titleAt < 0) return { title: '', text: '', published: null };
  const title = (lines[titleAt] as string).trim();
  let published: string | null = null;
  const body: string[] = [];
  let nonEmptySeen = 0;
  for (let i = titleAt + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() !== '') nonEmptySeen++;
    const m = published === null && nonEmptySeen <= HEADER_LINES ? PUBLISHED.exec(line) : null;
    if (m) {
      published = m[1] as string;
      continue;
    }
    body.push(line);
  }
  return { title, text: body.join('\n').trim(), published };
}
