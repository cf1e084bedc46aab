// Articles: one row per feed item, unique per source item and per canonical URL.
import type { ArticleRepo } from '../alerts/ports.ts';
import type { Article, Classification, StoredArticle } from '../alerts/types.ts';
import type { Db } from './database.ts';

interface ArticleRow {
  id: number;
  source_id: string;
  item_key: string;
  url: string | null;
  canonical_url: string | null;
  title: string;
  body: string;
  published: string | null;
  fetched_at: string;
}

function toArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    sourceId: row.source_id,
    itemKey: row.item_key,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    text: row.body,
    published: row.published,
    fetchedAt: row.fetched_at,
  };
}

export function createSqliteArticleStore(db: Db): ArticleRepo {
  const insert = db.prepare(
    `INSERT INTO articles (source_id, item_key, url, canonical_url, title, body, published, fetched_at)
     VALUES (@sourceId, @itemKey, @url, @canonicalUrl, @title, @text, @published, @fetchedAt)
     ON CONFLICT DO NOTHING`,
  );
  const byId = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const classify = db.prepare('UPDATE articles SET relevant = ?, classification = ?, process_error = NULL WHERE id = ?');
  const failed = db.prepare('UPDATE articles SET process_error = ? WHERE id = ?');

  return {
    insertIfNew(article: Article, fetchedAt: string) {
      // One plain literal, bound and then returned, not `{ ...article, id, fetchedAt }`: on Node 20's V8 a
      // spread followed by more properties takes a slow path whose objects (and the strings they point
      // to) end up in the old generation, so every stored item stayed in memory until the next full GC.
      const row = {
        sourceId: article.sourceId,
        itemKey: article.itemKey,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        title: article.title,
        text: article.text,
        published: article.published,
        fetchedAt,
      };
      const info = insert.run(row);
      if (info.changes === 0) return null;
      return Object.assign(row, { id: Number(info.lastInsertRowid) });
    },
    saveClassification(articleId: number, classification: Classification) {
      classify.run(classification.relevant ? 1 : 0, JSON.stringify(classification), articleId);
    },
    markFailed(articleId: number, error: string) {
      failed.run(error, articleId);
    },
    get(id: number) {
      const row = byId.get(id);
      return row ? toArticle(row) : null;
    },
  };
}
