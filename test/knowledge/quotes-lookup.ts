/**
 * The acceptance view of extraction: a reader types a speaker's name as the article writes it
 * (`/quote the Farmers' Union`, `/quote CDC`) and must get exactly that speaker's direct quotes,
 * each in its paragraph. Uses the bot's own speaker search, with the same rules as /quote
 * (a fuzzy-only or tied best match counts as not found).
 */
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import type { Article, KnowledgeBase, Paragraph } from '../../src/knowledge/types.ts';
import { buildSpeakerDirectory } from '../../src/search/speakers.ts';
import type { Gold } from './quotes-fixtures.ts';

const key = (q: { paragraph: number; text: string }) => `¶${q.paragraph} ${q.text}`;

/** One line per name that finds nobody, the wrong speaker, or the wrong quotes. */
export function lookupMismatches(slug: string, paragraphs: Paragraph[], gold: Gold): string[] {
  const extracted = extractQuotes(paragraphs);
  const article = { slug, title: slug, paragraphs, ...extracted, events: [] } as unknown as Article;
  const kb: KnowledgeBase = { articles: [article], bySlug: new Map([[slug, article]]) };
  const directory = buildSpeakerDirectory(kb);
  const problems: string[] = [];
  for (const { speaker, names } of gold.lookups ?? []) {
    const want = gold.quotes.filter((q) => q.speaker === speaker).map(key).sort();
    for (const name of names) {
      const [best, second] = directory.search(name, { limit: 5 });
      if (!best || best.rank === 3 || second?.rank === best.rank) {
        problems.push(`${slug}: "${name}" finds no single speaker`);
        continue;
      }
      const got = extracted.quotes.filter((q) => q.speakerId === best.entry.id).map(key).sort();
      const missing = want.filter((w) => !got.includes(w));
      const extra = got.filter((g) => !want.includes(g));
      if (missing.length + extra.length > 0) problems.push(`${slug}: "${name}" → ${best.entry.id}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
    }
  }
  return problems;
}
