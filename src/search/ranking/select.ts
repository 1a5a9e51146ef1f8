/**
 * Decides whether the best passages answer the question, and picks the answers: passages that
 * cover enough of the question's weight and contain the kind of thing it asks for. A confident
 * wrong citation is the worst outcome, so anything short of that is `not_found` with the nearest
 * passages shown as such.
 */
import type { SearchSettings } from '../settings.ts';
import type { ScoredPassage } from './score.ts';

export function isAnswer(passage: ScoredPassage, settings: SearchSettings): boolean {
  return passage.confidence >= settings.minCoverage && !passage.lacksKind;
}

function overlaps(a: ScoredPassage, b: ScoredPassage): boolean {
  return a.units.some((u) => b.units.includes(u));
}

/** Answers best first (empty when nothing answers), and the nearest passages for a `not_found`. */
export function selectPassages(
  ranked: ScoredPassage[],
  settings: SearchSettings,
  limit: number,
): { answers: ScoredPassage[]; nearest: ScoredPassage[] } {
  const answers: ScoredPassage[] = [];
  const qualifying = ranked.filter((p) => isAnswer(p, settings));
  const best = qualifying[0];
  if (best) {
    for (const passage of qualifying) {
      if (answers.length >= limit) break;
      if (passage.score < best.score * settings.relativeCutoff) break;
      if (!answers.some((a) => overlaps(a, passage))) answers.push(passage);
    }
  }
  const nearest: ScoredPassage[] = [];
  if (answers.length === 0) {
    for (const passage of ranked) {
      if (nearest.length >= Math.min(limit, 3)) break;
      if (!nearest.some((n) => overlaps(n, passage))) nearest.push(passage);
    }
  }
  return { answers, nearest };
}
