/**
 * How well /ask survives one typo: each dev question it answers right gets one random slip (a
 * dropped, swapped, changed or doubled letter in a word of five letters or more) and is asked
 * again. Prints how many are still answered right; SHOW=1 lists the ones lost, SEED=n draws others.
 *   npx tsx eval/typo-robustness.ts
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

// A small seeded generator, so a draw can be repeated.
let seed = Number(process.env.SEED ?? 7);
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function misspell(word: string): string {
  const k = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, k) + word.slice(k + 1);
    case 1: return word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
    case 2: return word.slice(0, k) + LETTERS[Math.floor(random() * 26)] + word.slice(k + 1);
    default: return word.slice(0, k) + word[k] + word.slice(k);
  }
}

const right = (r: AskResult, gold: number[]) => r.status === 'answered' && gold.includes(r.answers[0]!.citation.paragraph);
let answered = 0;
let kept = 0;
for (const q of readQuestions(path.join(root, 'eval/questions/dev.tsv'))) {
  if (q.gold.length === 0 || !right(index.ask(q.question, { article: q.article }), q.gold)) continue;
  const words = q.question.split(' ');
  const slots = words.flatMap((w, i) => (w.length >= 5 && /^[a-z]+$/.test(w) ? [i] : []));
  if (slots.length === 0) continue;
  answered++;
  const at = slots[Math.floor(random() * slots.length)]!;
  const typed = words.map((w, i) => (i === at ? misspell(w) : w)).join(' ');
  const result = index.ask(typed, { article: q.article });
  if (right(result, q.gold)) kept++;
  else if (process.env.SHOW) console.log(`${q.article}: "${typed}" → ${result.status}`);
}
console.log(`${answered} dev questions answered right (with a word of five letters or more); with one typo, ${kept} still are (${((100 * kept) / answered).toFixed(1)} %)`);
