/**
 * Test helpers for quote extraction: builds Paragraph objects with a small sentence splitter of
 * our own (so these tests do not depend on src/knowledge/sentences.ts), and reads the fixture
 * articles and their gold annotations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph, Sentence } from '../../src/knowledge/types.ts';

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Gov|Sen|Rep|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu}|(?:\p{Lu}\.)+\p{Lu})\.$/u;

/** Splits at . ! ? (and closing marks after them) followed by a space and a capital, a digit or an opening mark. */
export function splitTestSentences(text: string, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(0, end - 12), end))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;

  function push(from: number, to: number) {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) return;
    const s = from + lead;
    sentences.push({ text: body, paragraph, index: sentences.length, start: s, end: s + body.length });
  }
}

export function paragraphsOf(body: string, split = splitTestSentences): Paragraph[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text, i) => ({ number: i + 1, text, line: 0, sentences: split(text, i + 1) }));
}

/** Paragraphs of a single string: `para('"Hi," she said.')`. */
export function para(...texts: string[]): Paragraph[] {
  return paragraphsOf(texts.join('\n\n'));
}

const ROOT = path.resolve(import.meta.dirname, '../..');

export function readArticleBody(file: string): string {
  const content = readFileSync(path.join(ROOT, file), 'utf8');
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*)$/.exec(content);
  if (!m) throw new Error(`${file}: no front matter`);
  return m[1] ?? '';
}

export interface GoldQuote {
  speaker: string;
  text: string;
  paragraph: number;
  partial: boolean;
  via?: string[];
}

export interface GoldStatement {
  speaker: string;
  text: string;
  paragraph: number;
  via?: string[];
}

export interface Gold {
  quotes: GoldQuote[];
  statements: GoldStatement[];
  speakers: Array<{ id: string; name: string; role?: string; kind: string }>;
  /** Names a reader would type for a speaker (the full name as the article writes it, an acronym it uses). */
  lookups?: Array<{ speaker: string; names: string[] }>;
}

export function readGold(slug: string): Gold {
  return JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/gold', `${slug}.quotes.json`), 'utf8')) as Gold;
}

/** The tuned fixtures: the three test articles and the seed article. */
export const GOLD_ARTICLES = [
  { slug: 'drought-budget-signed', file: 'test/fixtures/articles/drought-budget-signed.md' },
  { slug: 'northwind-plant-closure', file: 'test/fixtures/articles/northwind-plant-closure.md' },
  { slug: 'eastgate-library-closure', file: 'test/fixtures/articles/eastgate-library-closure.md' },
  { slug: 'trump-xi-call', file: 'knowledge/trump-xi-call.md' },
] as const;

const article = (slug: string) => ({ slug, file: `test/fixtures/articles/${slug}.md` });

/**
 * Wire-style articles written and annotated before the extractor was run on them, then used to
 * find general rules (their first-run figures are in the engineer's report).
 */
export const WORK_SET_ARTICLES = [
  'riverside-landlord-verdict',
  'accra-lions-cup-semifinal',
  'dairy-bird-flu-cases',
  'norland-rates-hold',
  'orbitline-job-cuts',
  'shoal-patrol-protest',
  'ferry-workers-strike',
  'lakeside-hospital-merger',
].map(article);

/** Written and annotated with the work set, never tuned on: scored once after the rules were final. */
export const LATEST_HELD_OUT = ['millbrook-parking-meters', 'pacific-star-turbulence'].map(article);
