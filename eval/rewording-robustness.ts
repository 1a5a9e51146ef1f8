/**
 * How well /ask survives the wrappers readers put around a question: each dev question it answers
 * right is asked again inside each wrapper ("can you tell me …", "according to the article, …",
 * "hey bot, …", "quick question: …", "… please", without its question mark). Prints, per
 * wrapper, how many are still answered right; SHOW=1 lists the ones lost.
 *   npx tsx eval/rewording-robustness.ts
 * (Only unanswered-to-answered changes of the same question count: a wrapper adds no content, so
 * every answer it loses is a reading error.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Article } from '../src/knowledge/types.ts';
import { buildQuestionIndex } from '../src/search/index.ts';
import type { AskResult } from '../src/search/types.ts';
import { readQuestions } from './questions.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles: Article[] = [];
for (const dir of ['knowledge', 'eval/articles']) articles.push(...(await loadKnowledge(path.resolve(root, dir))).kb.articles);
const index = buildQuestionIndex({ articles, bySlug: new Map(articles.map((a) => [a.slug, a])) }, {});

const WRAPPERS: [string, (question: string) => string][] = [
  ['can you tell me …', (q) => `can you tell me ${q}`],
  ['according to the article, …', (q) => `according to the article, ${q}`],
  ['hey bot, …', (q) => `hey bot, ${q}`],
  ['quick question: …', (q) => `quick question: ${q}`],
  ['… please', (q) => `${q.replace(/\?\s*$/, '')} please`],
  ['no question mark', (q) => q.replace(/\?+\s*$/, '')],
];

const right = (r: AskResult, gold: number[]) => r.status === 'answered' && gold.includes(r.answers[0]!.citation.paragraph);
const rightOnes = readQuestions(path.join(root, 'eval/questions/dev.tsv')).filter((q) => q.gold.length > 0 && right(index.ask(q.question, { article: q.article }), q.gold));
console.log(`${rightOnes.length} dev questions answered right; asked again inside each wrapper:`);
for (const [name, wrap] of WRAPPERS) {
  let asked = 0;
  let kept = 0;
  for (const q of rightOnes) {
    const wrapped = wrap(q.question);
    if (wrapped === q.question) continue;
    asked++;
    const result = index.ask(wrapped, { article: q.article });
    if (right(result, q.gold)) kept++;
    else if (process.env.SHOW) console.log(`  ${q.article}: "${wrapped}" → ${result.status}`);
  }
  console.log(`  ${name.padEnd(30)} ${kept} of ${asked} still right (${((100 * kept) / asked).toFixed(1)} %)`);
}
