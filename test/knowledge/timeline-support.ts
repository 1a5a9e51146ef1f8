/**
 * Test support for the timeline: paragraphs built without the project's sentence splitter (so
 * these tests measure the timeline alone), fixture loading and gold scoring.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { extractEvents } from '../../src/knowledge/timeline/index.ts';
import type { Paragraph, Sentence, TimelineEvent } from '../../src/knowledge/types.ts';

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Lt|Gen|Col|Sgt|St|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|No|vs|Jr|Sr)|\b[A-Z]\.[A-Z])\.$/;

/** Splits at `. ` before a capital, except after an abbreviation (`Oct. 30`, `U.S. soybeans`). */
export function sentencesOf(text: string, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)]*(?=\s+["“(]?[A-Z0-9])/g)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(text.slice(start, m.index + 1))) continue;
    sentences.push({ text: text.slice(start, end), paragraph, index: sentences.length, start, end });
    start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
  }
  if (start < text.length) sentences.push({ text: text.slice(start), paragraph, index: sentences.length, start, end: text.length });
  return sentences;
}

/** Paragraph objects for a list of texts, numbered from 1. */
export function paragraphsOf(...texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ number: i + 1, text, line: 0, sentences: sentencesOf(text, i + 1) }));
}

export interface Fixture {
  slug: string;
  published: string;
  paragraphs: Paragraph[];
  /** The front matter's `source` says the article is held out from tuning (`held out`, `holdout`). */
  heldOut: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTICLE_DIRS = [path.join(ROOT, 'test/fixtures/articles'), path.join(ROOT, 'knowledge')];
export const GOLD_DIR = path.join(ROOT, 'test/fixtures/gold');

export function loadFixture(slug: string): Fixture {
  const file = ARTICLE_DIRS.map((dir) => path.join(dir, `${slug}.md`)).find((f) => existsSync(f));
  if (!file) throw new Error(`No article ${slug}.md in ${ARTICLE_DIRS.join(' or ')}`);
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no front matter`);
  const meta = parseYaml(m[1] ?? '') as { published?: unknown; source?: unknown };
  const published = meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : String(meta.published);
  const texts = (m[2] ?? '').split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  return { slug, published, paragraphs: paragraphsOf(...texts), heldOut: /held[ -]?out/i.test(String(meta.source ?? '')) };
}

export interface GoldEvent {
  written: string;
  paragraph: number;
  date: string;
}

/** Slugs with an `<slug>.events.json` gold file, optionally only those matching `filter`. */
export function goldSlugs(filter: (slug: string) => boolean = () => true): string[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.events.json'))
    .map((f) => f.replace(/\.events\.json$/, ''))
    .filter(filter)
    .sort();
}

export function loadGold(slug: string): GoldEvent[] {
  return JSON.parse(readFileSync(path.join(GOLD_DIR, `${slug}.events.json`), 'utf8')) as GoldEvent[];
}

export interface Score {
  gold: number;
  found: number;
  matched: number;
  datedCorrectly: number;
  misses: string[];
  extras: string[];
  wrongDates: string[];
}

/**
 * Matches each gold event to an extracted one in the same paragraph whose `written` contains
 * the gold's or is contained in it (case-insensitive: `since 2019` matches `2019`).
 */
export function score(slug: string, events: TimelineEvent[], gold: GoldEvent[]): Score {
  const unused = [...events];
  const result: Score = { gold: gold.length, found: events.length, matched: 0, datedCorrectly: 0, misses: [], extras: [], wrongDates: [] };
  for (const g of gold) {
    const w = g.written.toLowerCase();
    // An exact match first, so gold `October` is not taken by the `October 2025` beside it.
    const same = (e: TimelineEvent): boolean => e.paragraph === g.paragraph;
    const exact = unused.findIndex((e) => same(e) && e.written.toLowerCase() === w);
    const i = exact >= 0 ? exact : unused.findIndex((e) => same(e) && (e.written.toLowerCase().includes(w) || w.includes(e.written.toLowerCase())));
    const hit = unused[i];
    if (!hit) {
      result.misses.push(`${slug} ¶${g.paragraph} "${g.written}" (${g.date})`);
      continue;
    }
    unused.splice(i, 1);
    result.matched++;
    if (hit.date === g.date) result.datedCorrectly++;
    else result.wrongDates.push(`${slug} ¶${g.paragraph} "${g.written}": got ${hit.date}, gold ${g.date}`);
  }
  result.extras = unused.map((e) => `${slug} ¶${e.paragraph} "${e.written}" → ${e.date}`);
  return result;
}

/** Events of one paragraph per text, for rule tests. */
export function eventsIn(published: string, ...texts: string[]): TimelineEvent[] {
  return extractEvents(paragraphsOf(...texts), published);
}

/** The one event whose `written` is `written` (throws when there is none, so a test names what went missing). */
export function eventWritten(events: TimelineEvent[], written: string): TimelineEvent {
  const found = events.find((e) => e.written === written);
  if (!found) throw new Error(`no event written "${written}"; got ${JSON.stringify(events.map((e) => e.written))}`);
  return found;
}
