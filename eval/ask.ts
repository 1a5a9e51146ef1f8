/**
 * Asks one question the way `/ask` does and prints every ranked passage with its explanation:
 *   npx tsx eval/ask.ts "who protested the arms sale" [article-slug]
 * Loads the seed article and eval/articles (for looking into single questions while developing);
 * EXTRA=DIR loads one more folder of articles too; SEED_ONLY=1 loads knowledge/ alone, as the
 * console with the seed article does (word statistics then come from it alone); ONLY=DIR loads
 * that folder alone (an article of a test, say); CREDIT=1 prints what each word earned per passage.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Article } from '../src/knowledge/types.ts';
import { analyzeQuestion } from '../src/search/analysis/question.ts';
import { buildQuestionIndex } from '../src/search/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [question = '', articleArg] = process.argv.slice(2);
const articles: Article[] = [];
const folders = process.env.ONLY ? [process.env.ONLY] : process.env.SEED_ONLY === '1' ? ['knowledge'] : ['knowledge', 'eval/articles', ...(process.env.EXTRA ? [process.env.EXTRA] : [])];
for (const dir of folders) articles.push(...(await loadKnowledge(path.resolve(root, dir))).kb.articles);
const index = buildQuestionIndex({ articles, bySlug: new Map(articles.map((a) => [a.slug, a])) }, {}, {
  onTrace: ({ terms, ranked }) => {
    for (const t of terms) {
      const alternatives = t.alternatives.map((a) => `${a.stem}:${a.kind}:${a.quality.toFixed(2)}`).join(' ');
      console.log(`  term "${t.term.typed}" weight ${t.importance.toFixed(2)}${t.unknown ? ' (absent)' : ''}${t.topic ? ' (title)' : ''}: ${alternatives}`);
    }
    for (const p of ranked.slice(0, 6)) {
      const where = `¶${p.units[0]!.paragraph.number} units ${p.units.map((u) => u.id).join('+')}`;
      console.log(`  ${where} score ${p.score.toFixed(3)} coverage ${p.coverage.toFixed(2)} confidence ${p.confidence.toFixed(2)}${p.lacksKind ? ' lacks kind' : ''}${p.answer ? ` answer "${p.answer.text.slice(0, 30)}"` : ''}${p.relation ? ` rel ${p.relation.share.toFixed(2)}/${p.relation.focus}` : ''}${p.opposite.some(Boolean) ? ' opposite' : ''}`);
      // CREDIT=1: what each question word earned in this passage, after the phrase checks.
      if (process.env.CREDIT) console.log(`    credit ${terms.map((t, i) => `${t.term.typed}=${(p.credit[i] ?? 0).toFixed(2)}`).join(' ')}`);
    }
  },
});
// With one article loaded, the question is asked about it, as the console's /ask does.
const article = articleArg ?? (articles.length === 1 ? articles[0]!.slug : undefined);
console.log(JSON.stringify(analyzeQuestion(question), null, 1).replace(/\n\s*/g, ' '));
const result = index.ask(question, article ? { article, limit: 5 } : { limit: 5 });
console.log(result.status);
for (const p of [...result.answers, ...result.nearest]) {
  console.log(`  ${p.citation.article} ¶${p.citation.paragraph} (${p.score}) ${p.text.slice(0, 140)}\n     ${p.why.join('; ')}`);
}
