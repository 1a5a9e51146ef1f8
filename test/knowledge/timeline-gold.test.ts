/**
 * Scores extraction against hand-written gold (`test/fixtures/gold/<slug>.events.json`), written
 * from the text before the rules were tuned. Prints recall, precision and date accuracy per
 * article and overall. Held-out articles (front matter `source` says "held out") are scored and
 * printed apart: they were written after tuning and are never used to tune.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/knowledge/timeline/index.ts';
import { goldSlugs, loadFixture, loadGold, score, type Score } from './timeline-support.ts';

const isHeldOut = (slug: string): boolean => loadFixture(slug).heldOut;
const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

function scoreAll(slugs: string[]): { total: Score; lines: string[] } {
  const total: Score = { gold: 0, found: 0, matched: 0, datedCorrectly: 0, misses: [], extras: [], wrongDates: [] };
  const lines: string[] = [];
  for (const slug of slugs) {
    const { paragraphs, published } = loadFixture(slug);
    const s = score(slug, extractEvents(paragraphs, published), loadGold(slug));
    lines.push(`  ${slug.padEnd(28)} gold ${String(s.gold).padStart(3)}  found ${String(s.found).padStart(3)}  recall ${pct(s.matched, s.gold).padStart(6)}  precision ${pct(s.matched, s.found).padStart(6)}  dated ${pct(s.datedCorrectly, s.gold).padStart(6)}`);
    total.gold += s.gold;
    total.found += s.found;
    total.matched += s.matched;
    total.datedCorrectly += s.datedCorrectly;
    total.misses.push(...s.misses);
    total.extras.push(...s.extras);
    total.wrongDates.push(...s.wrongDates);
  }
  lines.push(`  ${'TOTAL'.padEnd(28)} gold ${String(total.gold).padStart(3)}  found ${String(total.found).padStart(3)}  recall ${pct(total.matched, total.gold).padStart(6)}  precision ${pct(total.matched, total.found).padStart(6)}  dated ${pct(total.datedCorrectly, total.gold).padStart(6)}`);
  for (const m of total.misses) lines.push(`    missed     ${m}`);
  for (const m of total.extras) lines.push(`    extra      ${m}`);
  for (const m of total.wrongDates) lines.push(`    wrong date ${m}`);
  return { total, lines };
}

describe('timeline against gold', () => {
  const tuned = goldSlugs((slug) => !isHeldOut(slug));
  const heldOut = goldSlugs(isHeldOut);

  it('has gold to score', () => {
    expect(tuned.length).toBeGreaterThan(0);
  });

  it('dates at least 95% of gold events correctly', () => {
    const { total, lines } = scoreAll(tuned);
    console.log(['Timeline gold (tuned set):', ...lines].join('\n'));
    expect(total.datedCorrectly / total.gold).toBeGreaterThanOrEqual(0.95);
  });

  it.runIf(heldOut.length > 0)('reports the held-out articles apart', () => {
    const { total, lines } = scoreAll(heldOut);
    console.log(['Timeline gold (held-out fixtures):', ...lines].join('\n'));
    // Reported, not tuned: a floor that only catches a collapse.
    expect(total.datedCorrectly / total.gold).toBeGreaterThanOrEqual(0.8);
  });
});
