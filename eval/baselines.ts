/**
 * The baselines `/ask` is measured against, over whole paragraphs:
 * - fuse.js on its defaults, and with `ignoreLocation: true` — answers whenever fuse returns a hit
 *   (fuse's own `threshold`, 0.6 by default, is its only rejection);
 * - BM25 with stop words and stemming — answers the top paragraph whenever any word matches, or
 *   (the `≥ t` variant) only when the top score reaches a threshold chosen on the dev set.
 */
import Fuse from 'fuse.js';
import type { Article, KnowledgeBase } from '../src/knowledge/types.ts';
import type { AskResult, RankedPassage } from '../src/search/types.ts';
import { isStopWord } from '../src/search/text/stopwords.ts';
import { tokenize } from '../src/search/text/tokenize.ts';

export interface Method {
  name: string;
  ask(question: string, article?: string): AskResult;
}

interface ParagraphDoc {
  article: Article;
  number: number;
  text: string;
}

function paragraphsOf(kb: KnowledgeBase): ParagraphDoc[] {
  return kb.articles.flatMap((article) => article.paragraphs.map((p) => ({ article, number: p.number, text: p.text })));
}

function passage(doc: ParagraphDoc, score: number, why: string): RankedPassage {
  return { text: doc.text, citation: { article: doc.article.slug, paragraph: doc.number }, score, why: [why] };
}

function result(ranked: RankedPassage[]): AskResult {
  return ranked.length ? { status: 'answered', answers: ranked.slice(0, 3), nearest: [] } : { status: 'not_found', answers: [], nearest: [] };
}

export function fuseBaseline(kb: KnowledgeBase, ignoreLocation: boolean): Method {
  const docs = paragraphsOf(kb);
  const all = new Fuse(docs, { keys: ['text'], includeScore: true, ...(ignoreLocation ? { ignoreLocation: true } : {}) });
  const perArticle = new Map<string, Fuse<ParagraphDoc>>();
  return {
    name: ignoreLocation ? 'fuse.js ignoreLocation' : 'fuse.js defaults',
    ask(question, article) {
      let fuse = all;
      if (article) {
        fuse = perArticle.get(article) ?? new Fuse(docs.filter((d) => d.article.slug === article), { keys: ['text'], includeScore: true, ...(ignoreLocation ? { ignoreLocation: true } : {}) });
        perArticle.set(article, fuse);
      }
      return result(fuse.search(question.slice(0, 500), { limit: 3 }).map((hit) => passage(hit.item, 1 - (hit.score ?? 1), 'fuse.js')));
    },
  };
}

export interface Bm25Baseline extends Method {
  /** Top BM25 score for a question (0 when nothing matches), for choosing a threshold. */
  topScore(question: string, article?: string): number;
}

export function bm25Baseline(kb: KnowledgeBase, threshold = 0): Bm25Baseline {
  const docs = paragraphsOf(kb).map((doc) => {
    const terms = tokenize(doc.text).filter((t) => !isStopWord(t.norm)).map((t) => t.stem);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { doc, tf, length: terms.length };
  });
  const rank = (question: string, article?: string) => {
    const pool = article ? docs.filter((d) => d.doc.article.slug === article) : docs;
    const avg = pool.reduce((s, d) => s + d.length, 0) / Math.max(1, pool.length);
    const terms = [...new Set(tokenize(question).filter((t) => !isStopWord(t.norm)).map((t) => t.stem))];
    const idf = new Map(terms.map((t) => {
      const df = pool.filter((d) => d.tf.has(t)).length;
      return [t, Math.log(1 + (pool.length - df + 0.5) / (df + 0.5))];
    }));
    return pool
      .map((d) => ({
        d,
        score: terms.reduce((s, t) => {
          const f = d.tf.get(t) ?? 0;
          return s + (idf.get(t) ?? 0) * ((f * 2.2) / (f + 1.2 * (0.25 + (0.75 * d.length) / avg)));
        }, 0),
      }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
  };
  return {
    name: threshold > 0 ? `BM25 paragraphs, score ≥ ${threshold.toFixed(1)}` : 'BM25 paragraphs, top hit',
    topScore: (question, article) => rank(question, article)[0]?.score ?? 0,
    ask(question, article) {
      const ranked = rank(question, article);
      if ((ranked[0]?.score ?? 0) < threshold) return result([]);
      return result(ranked.slice(0, 3).map((x) => passage(x.d.doc, x.score, 'BM25')));
    },
  };
}
