/**
 * Dumps, per dev question, the features of the best passage that has what the question asks for:
 * per-term credit in the sentence and in its paragraph, with each term's weight and kind. For
 * designing the answer decision (which passages are confident enough) on the dev set only.
 *   npx tsx eval/features.ts [file.tsv]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Article } from '../src/knowledge/types.ts';
import { buildQuestionIndex } from '../src/search/index.ts';
import type { ExpandedTerm } from '../src/search/ranking/expand.ts';
import type { ScoredPassage } from '../src/search/ranking/score.ts';
import { readQuestions } from './questions.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.join(root, 'eval/questions/dev.tsv');
if (file.includes('heldout')) throw new Error('features are for the dev set only');
const articles: Article[] = [];
for (const dir of ['knowledge', 'eval/articles']) articles.push(...(await loadKnowledge(path.join(root, dir))).kb.articles);
let last: { terms: ExpandedTerm[]; ranked: ScoredPassage[] } | null = null;
const index = buildQuestionIndex({ articles, bySlug: new Map(articles.map((a) => [a.slug, a])) }, {}, { onTrace: (t) => (last = t) });
for (const q of readQuestions(file)) {
  last = null;
  const result = index.ask(q.question, { article: q.article });
  const trace = last as { terms: ExpandedTerm[]; ranked: ScoredPassage[] } | null;
  const top = trace?.ranked.find((p) => !p.lacksKind) ?? trace?.ranked[0];
  const gold = q.gold.length ? q.gold.join('|') : 'none';
  const where = top ? top.units[0]!.paragraph.number : '-';
  const ok = q.gold.length ? (q.gold.includes(Number(where)) ? 'GOLD' : 'WRONG') : 'UNANS';
  const terms = (trace?.terms ?? []).map((t, i) => {
    const flags = `${t.unknown ? '!' : ''}${t.topic ? 'T' : ''}`;
    return `${t.term.norm}${flags}:${t.importance.toFixed(2)}=${(top?.credit[i] ?? 0).toFixed(2)}/${(top?.paragraphCredit[i] ?? 0).toFixed(2)}`;
  });
  console.log(
    [ok, result.status === 'answered' ? 'ANS' : 'rej', `¶${where}/${gold}`, top?.confidence.toFixed(2), top?.answer ? 'A' : top?.lacksKind ? 'L' : '-', top?.relation ? `rel ${top.relation.share.toFixed(2)}/${top.relation.focus === null ? '-' : top.relation.focus ? 'F' : 'x'}` : '', q.question, terms.join(' ')].join('\t'),
  );
}
