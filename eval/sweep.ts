/**
 * Sweeps the answer-decision settings on the dev set only (never on held-out questions):
 *   npx tsx eval/sweep.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Article } from '../src/knowledge/types.ts';
import { buildQuestionIndex, type SearchSettings } from '../src/search/index.ts';
import { evaluate } from './metrics.ts';
import { readQuestions } from './questions.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles: Article[] = [];
for (const dir of ['knowledge', 'eval/articles']) articles.push(...(await loadKnowledge(path.join(root, dir))).kb.articles);
const kb = { articles, bySlug: new Map(articles.map((a) => [a.slug, a])) };
const dev = readQuestions(path.join(root, 'eval/questions/dev.tsv'));
const grid: Partial<SearchSettings>[] = [];
for (const answerRelation of [true, false])
  for (const paragraphSupport of [0.5, 0.75])
    for (const answerBonus of [0, 0.05, 0.1, 0.15])
      for (const minCoverage of [0.5, 0.55, 0.6, 0.65]) grid.push({ answerRelation, paragraphSupport, answerBonus, minCoverage });
console.log('setting                                                         top-1  rejects-none  wrongly-rejected  wrong-answer');
for (const overrides of grid) {
  const index = buildQuestionIndex(kb, overrides);
  const f = evaluate({ name: '', ask: (q, a) => index.ask(q, a ? { article: a } : {}) }, dev, kb, true);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  const name = Object.entries(overrides).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`${name.padEnd(62)} ${pct(f.top1)} ${pct(f.rejected)}        ${pct(f.wronglyRejected)}            ${pct(f.wrongAnswer)}`);
}
