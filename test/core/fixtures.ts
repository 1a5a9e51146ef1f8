/** Plain-data libraries for unit tests of the commands: no files, no extractors. */
import type { Article, KnowledgeBase, Paragraph } from '../../src/knowledge/types.ts';
import type { Library } from '../../src/library.ts';
import type { QuestionIndex } from '../../src/search/types.ts';
import { buildSpeakerDirectory } from '../../src/search/speakers.ts';

export function paragraphs(...texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ number: i + 1, text, line: i * 2 + 6, sentences: [{ text, paragraph: i + 1, index: 0, start: 0, end: text.length }] }));
}

export function article(slug: string, overrides: Partial<Article> = {}): Article {
  return {
    slug,
    title: `Title of ${slug}`,
    published: '2025-11-24',
    file: `knowledge/${slug}.md`,
    paragraphs: paragraphs('First paragraph.', 'Second paragraph.'),
    speakers: [],
    quotes: [],
    statements: [],
    events: [],
    ...overrides,
  };
}

export function library(articles: Article[], index?: QuestionIndex): Library {
  const kb: KnowledgeBase = { articles, bySlug: new Map(articles.map((a) => [a.slug, a])) };
  return {
    kb,
    index: index ?? { ask: () => ({ status: 'not_found', answers: [], nearest: [] }) },
    speakers: buildSpeakerDirectory(kb),
  };
}

export const quotedArticle = article('budget', {
  paragraphs: paragraphs('"We will not cut the schools," Governor Ana Ruiz said.', 'Ruiz added that "the books must balance."', 'Mark Ruiz, her brother, said "no comment."'),
  speakers: [
    { id: 'ana-ruiz', name: 'Ana Ruiz', role: 'Governor', kind: 'person', aliases: ['Ruiz', 'Governor Ana Ruiz'] },
    { id: 'mark-ruiz', name: 'Mark Ruiz', kind: 'person', aliases: ['Ruiz'] },
    { id: 'lin-jian', name: 'Lin Jian', kind: 'person', aliases: ['Lin'] },
  ],
  quotes: [
    { speakerId: 'ana-ruiz', text: 'We will not cut the schools,', paragraph: 1, partial: false, start: 1 },
    { speakerId: 'ana-ruiz', text: 'the books must balance.', paragraph: 2, partial: false, start: 18 },
    { speakerId: 'mark-ruiz', text: 'no comment.', paragraph: 3, partial: false, start: 30 },
    { speakerId: 'lin-jian', text: 'Second', paragraph: 2, partial: true, start: 0 },
  ],
});
