/** Small knowledge bases built from plain data for the search tests, and the seed article as it ships. */
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Article, KnowledgeBase, Paragraph, Sentence } from '../../src/knowledge/types.ts';

let seed: Promise<KnowledgeBase> | undefined;
/**
 * The knowledge folder as it ships (the seed article alone), loaded once per test file: for cases
 * that need the seed's own word statistics, which a shorter fixture lacks.
 */
export function seedKnowledge(): Promise<KnowledgeBase> {
  seed ??= loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url))).then((loaded) => loaded.kb);
  return seed;
}

/** Splits after sentence-ending punctuation followed by a space and a capital or an opening quote; enough for fixtures. */
export function sentencesOf(text: string, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const s = start + (raw.length - raw.trimStart().length);
    const body = raw.trim();
    if (body) sentences.push({ text: body, paragraph, index: sentences.length, start: s, end: s + body.length });
  };
  for (const m of text.matchAll(/[.!?]["”’]?(\s+)(?=["“A-Z])/g)) {
    const end = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

export function article(slug: string, title: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  const paras: Paragraph[] = paragraphs.map((text, i) => ({ number: i + 1, text, line: i * 2 + 6, sentences: sentencesOf(text, i + 1) }));
  return {
    slug,
    title,
    published: '2025-11-24',
    file: `${slug}.md`,
    paragraphs: paras,
    speakers: [],
    quotes: [],
    statements: [],
    events: [],
    ...extra,
  };
}

export function knowledgeBase(...articles: Article[]): KnowledgeBase {
  const sorted = [...articles].sort((a, b) => a.slug.localeCompare(b.slug));
  return { articles: sorted, bySlug: new Map(sorted.map((a) => [a.slug, a])) };
}

export const ARMS = article('arms-sale', 'Beijing protests US arms package for Taiwan', [
  'President Donald Trump and Chinese President Xi Jinping held a phone call Monday that touched on Taiwan, trade and the Ukraine conflict.',
  "U.S.-China relations are tense. Relations between Beijing and Tokyo have deteriorated to their lowest point in years after Japanese Prime Minister Sanae Takaichi said a Chinese attack on Taiwan could prompt a military response.",
  'The two leaders met in Busan on Oct. 30. Since then, China has resumed purchasing U.S. soybeans, and the United States has reduced certain tariffs by 10%.',
  'Earlier this month, Taiwan\'s foreign ministry said the Trump administration approved a US$330 million arms package that includes fighter jet components. Beijing sharply protested the authorization, saying it "grossly violated" the one-China principle. Chinese foreign ministry spokesperson Lin Jian said, "China deplores and opposes that."',
  "Taiwan's government rejects Beijing's claim, asserting that only the island's 23 million residents may decide their future.",
]);

export const LIBRARY = article('library-closure', 'Eastgate library to close for roof repairs', [
  'The Eastgate branch of the Millbrook Public Library will close for at least eight months starting July 7 so crews can replace its leaking roof, city officials announced Wednesday.',
  'More than 600 people have signed an online petition asking the city to keep the children\'s section open.',
  '"The roof has been patched so many times that there\'s nothing left to patch," said Library Director Paul Okafor.',
]);
