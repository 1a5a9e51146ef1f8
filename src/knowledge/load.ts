import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { extractQuotes } from './quotes/index.ts';
import { splitSentences } from './sentences.ts';
import { extractEvents } from './timeline/index.ts';
import type { Article, KnowledgeBase, KnowledgeProblem, Paragraph } from './types.ts';

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
}

/** Reads every `.md` article in `dir`. (Placeholder: minimal parsing; the knowledge module replaces it.) */
export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const articles: Article[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const content = await readFile(file, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
    if (!m) continue;
    const meta = parseYaml(m[1] ?? '') as Record<string, unknown>;
    const paragraphs: Paragraph[] = (m[2] ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((text, i) => ({ number: i + 1, text, line: 0, sentences: splitSentences(text, i + 1) }));
    const published = String(meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : meta.published);
    articles.push({
      slug: name.replace(/\.md$/, ''),
      title: String(meta.title),
      published,
      file,
      paragraphs,
      ...extractQuotes(paragraphs),
      events: extractEvents(paragraphs, published),
    });
  }
  return { kb: { articles, bySlug: new Map(articles.map((a) => [a.slug, a])) }, problems: [] };
}
