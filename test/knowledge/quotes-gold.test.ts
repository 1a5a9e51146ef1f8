/**
 * Scores extraction against hand-written gold: the three fixture articles and the seed article
 * (tuned on), and the held-out articles. Each held-out article was written and annotated after
 * the rules of its time, scored once (see its `heldOut` note), and only then used to find
 * general bugs; new held-out articles keep the measurement honest.
 * Figures are printed so a change in quality shows in the test output.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import { splitSentences } from '../../src/knowledge/sentences.ts';
import { GOLD_ARTICLES, LATEST_HELD_OUT, WORK_SET_ARTICLES, paragraphsOf, readArticleBody, readGold } from './quotes-fixtures.ts';
import { lookupMismatches } from './quotes-lookup.ts';
import { type Score, figures, report, scoreQuotes, scoreStatements } from './quotes-score.ts';

const HELD_OUT = [
  { slug: 'harlan-measles-outbreak', file: 'test/fixtures/articles/harlan-measles-outbreak.md' },
  { slug: 'greenleaf-fraud-verdict', file: 'test/fixtures/articles/greenleaf-fraud-verdict.md' },
  { slug: 'harbor-city-late-winner', file: 'test/fixtures/articles/harbor-city-late-winner.md' },
  { slug: 'solara-privacy-fine', file: 'test/fixtures/articles/solara-privacy-fine.md' },
  { slug: 'atlantic-current-study', file: 'test/fixtures/articles/atlantic-current-study.md' },
] as const;

function score(articles: ReadonlyArray<{ slug: string; file: string }>, split = paragraphsOf) {
  let quotes: Score | undefined;
  let statements: Score | undefined;
  for (const { slug, file } of articles) {
    const got = extractQuotes(split(readArticleBody(file)));
    const gold = readGold(slug);
    quotes = scoreQuotes(slug, gold, got, quotes);
    statements = scoreStatements(slug, gold, got, statements);
  }
  return { quotes: quotes!, statements: statements! };
}

describe('quote extraction against gold', () => {
  it('reaches 95% recall, precision and speaker accuracy on the fixture articles and the seed', () => {
    const { quotes, statements } = score(GOLD_ARTICLES);
    console.log(report('Quotes (fixtures + seed)', quotes));
    console.log(report('Statements (fixtures + seed)', statements));
    const q = figures(quotes);
    expect(q.recall).toBeGreaterThanOrEqual(95);
    expect(q.precision).toBeGreaterThanOrEqual(95);
    expect(q.speakerAccuracy).toBeGreaterThanOrEqual(95);
    const s = figures(statements);
    expect(s.recall).toBeGreaterThanOrEqual(85);
    expect(s.precision).toBeGreaterThanOrEqual(85);
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(90);
  });

  it('holds up on the held-out articles', () => {
    const { quotes, statements } = score(HELD_OUT);
    console.log(report('Quotes (held out)', quotes));
    console.log(report('Statements (held out)', statements));
    const q = figures(quotes);
    expect(q.recall).toBeGreaterThanOrEqual(90);
    expect(q.precision).toBeGreaterThanOrEqual(90);
    expect(q.speakerAccuracy).toBeGreaterThanOrEqual(90);
  });

  it('reaches 95% on the wire-style work set', () => {
    const { quotes, statements } = score(WORK_SET_ARTICLES);
    console.log(report('Quotes (work set)', quotes));
    console.log(report('Statements (work set, information only)', statements));
    const q = figures(quotes);
    expect(q.recall).toBeGreaterThanOrEqual(95);
    expect(q.precision).toBeGreaterThanOrEqual(95);
    expect(q.speakerAccuracy).toBeGreaterThanOrEqual(95);
  });

  it('holds up on the latest held-out articles', () => {
    const { quotes, statements } = score(LATEST_HELD_OUT);
    console.log(report('Quotes (latest held out)', quotes));
    console.log(report('Statements (latest held out, information only)', statements));
    const q = figures(quotes);
    expect(q.recall).toBeGreaterThanOrEqual(90);
    expect(q.precision).toBeGreaterThanOrEqual(90);
    expect(q.speakerAccuracy).toBeGreaterThanOrEqual(90);
  });

  it('gives every quoted speaker’s quotes, and only theirs, to the name a reader types', () => {
    const mismatches = [...WORK_SET_ARTICLES, ...LATEST_HELD_OUT].flatMap(({ slug, file }) =>
      lookupMismatches(slug, paragraphsOf(readArticleBody(file)), readGold(slug)),
    );
    expect(mismatches).toEqual([]);
  });

  it('matches the gold speakers’ names, roles and kinds', () => {
    for (const { slug, file } of [...GOLD_ARTICLES, ...HELD_OUT, ...WORK_SET_ARTICLES, ...LATEST_HELD_OUT]) {
      const { speakers } = extractQuotes(paragraphsOf(readArticleBody(file)));
      for (const want of readGold(slug).speakers) {
        expect(speakers.find((s) => s.id === want.id), `${slug}: ${want.id}`).toMatchObject(want);
      }
    }
  });

  it('reports the figures with the project sentence splitter too (information only)', () => {
    const split = (body: string) => paragraphsOf(body, splitSentences);
    const { quotes, statements } = score([...GOLD_ARTICLES, ...HELD_OUT, ...WORK_SET_ARTICLES, ...LATEST_HELD_OUT], split);
    console.log(report('Quotes (all, project splitter)', quotes));
    console.log(report('Statements (all, project splitter)', statements));
    expect(quotes.found).toBeGreaterThan(0);
  });
});
