/**
 * Reads question files: TSV with a header. `article<TAB>question<TAB>gold`, or the two-column
 * seed format `question<TAB>gold` (questions about the seed article). Gold is paragraph numbers
 * separated by `|`, or `none`. Bad lines are reported with their line number, never skipped silently.
 */
import { readFileSync } from 'node:fs';

export const SEED_ARTICLE = 'trump-xi-call';

export interface EvalQuestion {
  article: string;
  question: string;
  /** Paragraph numbers that answer it; empty when the article does not. */
  gold: number[];
  file: string;
  line: number;
}

export function readQuestions(file: string): EvalQuestion[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('question') < 0 || col('gold') < 0) throw new Error(`${file}:1: header must name the columns "question" and "gold"`);
  const questions: EvalQuestion[] = [];
  lines.slice(1).forEach((text, i) => {
    if (!text.trim() || text.startsWith('#')) return;
    const cells = text.split('\t');
    const line = i + 2;
    const question = cells[col('question')]?.trim() ?? '';
    const goldText = cells[col('gold')]?.trim() ?? '';
    const article = col('article') >= 0 ? (cells[col('article')]?.trim() ?? '') : SEED_ARTICLE;
    const gold = goldText === 'none' ? [] : goldText.split('|').map(Number);
    if (!question || !article || (goldText !== 'none' && (gold.length === 0 || gold.some((n) => !Number.isInteger(n) || n < 1)))) {
      throw new Error(`${file}:${line}: expected question, article and gold (paragraph numbers separated by | or "none"), got "${text}"`);
    }
    questions.push({ article, question, gold, file, line });
  });
  return questions;
}
