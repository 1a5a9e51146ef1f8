/**
 * Sweeps the two decision settings on the dev set only (never on held-out questions):
 *   npx tsx eval/sweep.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Article } from '../src/knowledge/types.ts';
import { buildQuestionIndex } from '../src/search/index.ts';
import { evaluate } from './metrics.ts';
import { readQuestions } from './questions.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles: Article[] = [];
for (const dir of ['knowledge', 'eval/articles']) articles.push(...(await loadKnowledge(path.join(root, dir))).kb.articles);
const kb = { articles, bySlug: new Map(articles.map((a) => [a.slug, a])) };
const dev = readQuestions(path.join(root, 'eval/questions/dev.tsv'));
console.log('unknownWeight minCoverage  top-1  rejects-none  wrongly-rejected  wrong-answer');
for (const unknownWeight of [1, 0.8, 0.6]) {
  for (const minCoverage of [0.45, 0.5, 0.55, 0.6, 0.65]) {
    const index = buildQuestionIndex(kb, { unknownWeight, minCoverage });
    const f = evaluate({ name: '', ask: (q, a) => index.ask(q, a ? { article: a } : {}) }, dev, kb, true);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
    console.log(`${String(unknownWeight).padStart(13)} ${String(minCoverage).padStart(11)} ${pct(f.top1)} ${pct(f.rejected)}        ${pct(f.wronglyRejected)}            ${pct(f.wrongAnswer)}`);
  }
}
