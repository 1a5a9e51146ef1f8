/**
 * Where the words a speech verb reports begin: past time words (`said Tuesday`), places and
 * occasions (`in a statement`, `at a briefing in Frankfort`), the listener (`told reporters`)
 * and a `that`.
 */
import type { ParagraphContext } from './context.ts';
import { isVerbAdverb } from './phrases.ts';
import { isInflectedSpeechVerb } from './speech-verbs.ts';
import { phraseAfter } from './subject.ts';
import type { Unit } from './units.ts';
import type { VerbUse } from './verb-uses.ts';
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from './vocabulary.ts';

/** Where what is reported begins, past time words, places (`in a statement`) and the listener (`told reporters`). */
export function contentStart(ctx: ParagraphContext, use: VerbUse, unit: Unit): number {
  // `pointed out that…`: the particle belongs to the verb.
  let j = use.inverted && use.subject ? use.subject.last + 1 : use.index + (use.verb.particle ? 2 : 1);
  let listenerTaken = !use.verb.takesListener;
  const word = (k: number) => (ctx.tokens[k]?.kind === 'word' ? ctx.tokens[k] : undefined);
  while (j < unit.last) {
    const t = word(j);
    if (!t) break;
    if (/^(today|yesterday|tonight|tomorrow)$/.test(t.lower) || isVerbAdverb(t) || (t.capital && /day$/.test(t.lower) && !ctx.nameAt.has(j))) {
      j++;
    } else if (['this', 'last', 'next', 'earlier'].includes(t.lower) && /^(week|month|year|morning|afternoon|evening|weekend)$/.test(word(j + 1)?.lower ?? '')) {
      j += 2;
    } else if (['in', 'on', 'at', 'during', 'through', 'over'].includes(t.lower)) {
      j = skipPrepositionalPhrase(ctx, j + 1, unit.last);
    } else if (!listenerTaken && t.lower !== 'that') {
      listenerTaken = true;
      const listener = phraseAfter(ctx, j, unit.last);
      if (!listener) break;
      j = listener.last + 1;
    } else break;
  }
  // `said that …`: what is reported starts after the `that`.
  return ctx.tokens[j]?.lower === 'that' && j < unit.last ? j + 1 : j;
}

function skipPrepositionalPhrase(ctx: ParagraphContext, from: number, ceiling: number): number {
  let j = from;
  if (DETERMINERS.has(ctx.tokens[j]?.lower ?? '')) j++;
  while (j < ceiling) {
    const t = ctx.tokens[j];
    if (!t || t.kind !== 'word' || t.lower === 'that' || DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || isInflectedSpeechVerb(t.lower)) break;
    if (PREPOSITIONS.has(t.lower) && t.lower !== 'of') {
      j = skipPrepositionalPhrase(ctx, j + 1, ceiling);
      break;
    }
    j++;
  }
  return j;
}
