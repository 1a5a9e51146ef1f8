/**
 * Attribution through a copula after the quotation, where no speech verb names the speaker:
 * `"…," was how Ana Ruiz put it`, `"…," was the verdict of the union`, and in the next
 * sentence `"We lost." That was the assessment of coach Jim Park`.
 */
import type { ParagraphContext } from './context.ts';
import type { Phrase } from './phrases.ts';
import { phraseAfter } from './subject.ts';
import type { Unit } from './units.ts';

/** Nouns for what someone said, which `of`/`from` ties to the one who said it. */
const SAYING_NOUNS = new Set(`verdict view assessment message reaction response word words conclusion take judgment judgement
  summary warning answer explanation advice description reply promise prediction argument position`.split(/\s+/));
const COPULAS = new Set(['was', 'is', 'were', 'are']);
const POINTERS = new Set(['that', 'this', 'such', 'so']);

/**
 * The speaker phrase of a copular attribution starting at token `k`: `was how X …` or
 * `was the (first) verdict of X`. `pointer` requires `That`/`This` before the copula, as in a
 * sentence of its own.
 */
function restatementAt(ctx: ParagraphContext, k: number, ceiling: number, pointer: boolean): Phrase | undefined {
  let i = k;
  if (pointer) {
    if (!POINTERS.has(ctx.tokens[i]?.lower ?? '')) return undefined;
    i++;
  }
  if (!COPULAS.has(ctx.tokens[i]?.lower ?? '')) return undefined;
  i++;
  if (ctx.tokens[i]?.lower === 'how') return phraseAfter(ctx, i + 1, ceiling, false);
  if (!['the', 'his', 'her', 'their', 'its'].includes(ctx.tokens[i]?.lower ?? '')) return undefined;
  // `the blunt verdict of`: at most two words before the noun.
  for (let n = i + 1; n <= i + 3 && n + 1 < ceiling; n++) {
    if (SAYING_NOUNS.has(ctx.tokens[n]?.lower ?? '') && ['of', 'from'].includes(ctx.tokens[n + 1]?.lower ?? '')) return phraseAfter(ctx, n + 2, ceiling, false);
  }
  return undefined;
}

/** `"…," was how Ana Ruiz put it`: the quotation token `quote` followed, past punctuation, by a restatement. */
export function restatementAfterQuote(ctx: ParagraphContext, unit: Unit, quote: number): Phrase | undefined {
  let k = quote + 1;
  while (k < unit.last && ctx.tokens[k]?.kind === 'punct') k++;
  return restatementAt(ctx, k, unit.last, false);
}

/** `That was the verdict of coach Jim Park.`: a sentence that opens by naming who said the quotation before it. */
export function restatementOpening(ctx: ParagraphContext, unit: Unit): Phrase | undefined {
  if (ctx.spans.some((span) => span.open >= unit.start && span.open < unit.end)) return undefined;
  return restatementAt(ctx, unit.first, unit.last, true);
}
