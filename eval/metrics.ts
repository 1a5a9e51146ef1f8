/** Scores one method on one question set: the figures the issue asks for, plus the misses. */
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import type { AskResult } from '../src/search/types.ts';
import type { Method } from './baselines.ts';
import type { EvalQuestion } from './questions.ts';

export interface Outcome {
  question: EvalQuestion;
  result: AskResult;
  correctTop1: boolean;
  correctTop3: boolean;
}

export interface Figures {
  answerable: number;
  unanswerable: number;
  top1: number;
  top3: number;
  /** Share of unanswerable questions answered `not_found`. */
  rejected: number;
  /** Share of answerable questions wrongly answered `not_found`. */
  wronglyRejected: number;
  /** Share of answerable questions answered with a wrong top-1 paragraph. */
  wrongAnswer: number;
  /** Share of answers whose text is not verbatim in the cited paragraph (must be 0). */
  nonVerbatim: number;
  answers: number;
  outcomes: Outcome[];
}

export function evaluate(method: Method, questions: EvalQuestion[], kb: KnowledgeBase, scoped: boolean): Figures {
  const outcomes: Outcome[] = [];
  let answers = 0;
  let nonVerbatim = 0;
  for (const question of questions) {
    const result = method.ask(question.question, scoped ? question.article : undefined);
    for (const answer of result.answers) {
      answers++;
      const paragraph = kb.bySlug.get(answer.citation.article)?.paragraphs.find((p) => p.number === answer.citation.paragraph);
      if (!paragraph || !paragraph.text.includes(answer.text)) nonVerbatim++;
    }
    const hit = (i: number) => {
      const c = result.answers[i]?.citation;
      return !!c && c.article === question.article && question.gold.includes(c.paragraph);
    };
    const answered = result.status === 'answered';
    outcomes.push({ question, result, correctTop1: answered && hit(0), correctTop3: answered && [0, 1, 2].some(hit) });
  }
  const answerable = outcomes.filter((o) => o.question.gold.length > 0);
  const unanswerable = outcomes.filter((o) => o.question.gold.length === 0);
  const share = (n: number, d: number) => (d ? n / d : 0);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    top1: share(answerable.filter((o) => o.correctTop1).length, answerable.length),
    top3: share(answerable.filter((o) => o.correctTop3).length, answerable.length),
    rejected: share(unanswerable.filter((o) => o.result.status === 'not_found').length, unanswerable.length),
    wronglyRejected: share(answerable.filter((o) => o.result.status === 'not_found').length, answerable.length),
    wrongAnswer: share(answerable.filter((o) => o.result.status === 'answered' && !o.correctTop1).length, answerable.length),
    nonVerbatim: share(nonVerbatim, answers),
    answers,
    outcomes,
  };
}

/** One line per miss: what was asked, what was expected, what came back and why. */
export function describeMisses(figures: Figures): string[] {
  return figures.outcomes
    .filter((o) => (o.question.gold.length ? !o.correctTop1 : o.result.status === 'answered'))
    .map((o) => {
      const top = o.result.answers[0] ?? o.result.nearest[0];
      const got = top ? `${o.result.status} ${top.citation.article}¶${top.citation.paragraph} (${top.score})` : o.result.status;
      const expected = o.question.gold.length ? `¶${o.question.gold.join('|')}` : 'none';
      return `  ${o.question.article}: "${o.question.question}" expected ${expected}, got ${got}\n      why: ${top?.why.join('; ') ?? '-'}`;
    });
}
