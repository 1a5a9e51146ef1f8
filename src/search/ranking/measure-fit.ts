/**
 * Whether an amount (or date) span is the measure a question asks for: money for "what is the
 * price", a share for "what percentage", a count for "how many", an age for "how old", a size
 * with its unit for "how tall" or "how far" ("11 launches" is no height).
 */
import type { AnswerSpan } from '../analysis/answer-types.ts';
import type { QuestionPlan } from '../analysis/question.ts';

/** "2 million": a count in round numbers, not a size with its unit. */
const MAGNITUDE_ONLY = /(?:million|billion|trillion|thousand|hundred)$/i;

export function fitsMeasure(span: AnswerSpan, plan: QuestionPlan, sentence: string): boolean {
  switch (plan.needsMeasure) {
    case false:
      return true;
    case 'money':
      return span.measure === 'money';
    case 'any':
      return span.measure !== undefined || span.kind === 'duration';
    case 'count':
      // ("How many customers were notified" is not "three days after": a number of days counts time.)
      return span.measure !== 'money' && span.measure !== 'percent' && span.measure !== 'tally' && !(countsTime(span, sentence) && !asksTime(plan));
    case 'percent':
      return span.measure === 'percent';
    case 'tally':
      return span.measure === 'tally';
    case 'age':
      return isAge(sentence, span);
    case 'dimension':
      return span.measure === 'percent' || (span.measure === 'quantity' && /[a-z]{2,}$/i.test(span.text) && !MAGNITUDE_ONLY.test(span.text));
  }
}

const TIME_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)`;
const TIME_UNIT_AFTER = new RegExp(String.raw`^[\s-]*${TIME_UNITS}\b`, 'i');
const TIME_UNIT = new RegExp(String.raw`^${TIME_UNITS}$`, 'i');
/** "Three days after", "two weeks": a number of units of time. */
function countsTime(span: AnswerSpan, sentence: string): boolean {
  return TIME_UNIT_AFTER.test(sentence.slice(span.end, span.end + 12));
}
/** "How many days…", "how many days' notice": time is what is counted (a unit of it, or right before the counted word). */
function asksTime(plan: QuestionPlan): boolean {
  const counted = plan.counted === null ? undefined : plan.terms[plan.counted];
  return counted !== undefined && plan.terms.some((term) => TIME_UNIT.test(term.norm) && term.position <= counted.position && term.position >= counted.position - 2);
}

/** "72 years old", "a 72-year-old", "aged 72", "turned 72", "Xi, 72, said": a number given as someone's age. */
function isAge(sentence: string, span: AnswerSpan): boolean {
  const before = sentence.slice(Math.max(0, span.start - 12), span.start);
  const after = sentence.slice(span.end, span.end + 14);
  return (
    /^[\s-]*years?[\s-]+old\b/i.test(after) ||
    /\b(?:aged?|age of|turned|turns|turning)\s*$/i.test(before) ||
    (/,\s*$/.test(before) && /^\s*,/.test(after) && /^\d{1,3}$/.test(span.text))
  );
}
