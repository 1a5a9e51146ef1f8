/**
 * Reported speech: a sentence in which someone's words are paraphrased (`Takaichi said this
 * month that …`, `Chinese officials said Xi reiterated …`, `…, Okafor said.`,
 * `According to Okafor, …`). A verb that only frames a quotation (`"…," she said`,
 * `called it "…"`) reports nothing beyond the quotation, so it makes no statement.
 */
import type { ParagraphContext } from './context.ts';
import type { Entity } from './entities.ts';
import { type UnitAnalysis, viaOf } from './unit-analysis.ts';
import type { Unit } from './units.ts';
import { contentStart } from './reported-content.ts';
import type { VerbUse } from './verb-uses.ts';
import { BE_FORMS, CONJUNCTIONS, MODALS, SUBJECT_PRONOUNS } from './vocabulary.ts';

export interface FoundStatement {
  speaker: Entity;
  via: string[];
  unit: Unit;
  /** Attributed through a pronoun (`He added that …`). */
  indirectSpeaker: boolean;
}

const CLAUSE_AUXILIARIES = new Set(['has', 'have', 'had', 'do', 'does', 'did', ...BE_FORMS, ...MODALS]);
const INFINITIVE_VERBS = new Set(['promise', 'pledge', 'vow', 'threaten', 'agree', 'propose', 'decline', 'refuse']);
const QUESTION_WORDS = /^(why|whether|how|if|what|when|where|who)$/;

/** Whether the words from `c` read as a clause (`the plan would fail`) rather than a bare object (`weight to…`). */
function looksLikeClause(ctx: ParagraphContext, c: number, unit: Unit, use: VerbUse): boolean {
  let words = 0;
  for (let k = c; k < unit.last && k < c + 12; k++) {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word') break;
    if (words > 0 && CONJUNCTIONS.has(t.lower) && t.lower !== 'that') break;
    words++;
    if (SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_AUXILIARIES.has(t.lower)) return true;
    if (!t.capital && /[^e]ed$|ied$/.test(t.lower) && k > c) return true;
    if (t.lower === 'to' && (use.verb.takesListener || INFINITIVE_VERBS.has(use.verb.base))) return true;
  }
  return use.verb.verbClass === 'object' ? words >= 4 : false;
}

/** `…, Okafor said.`: the report comes first and the attribution closes the sentence. */
function reportsWhatCameBefore(ctx: ParagraphContext, use: VerbUse, unit: Unit): boolean {
  const subject = use.subject;
  if (!subject || use.inherited || use.inverted) return false;
  // `…, the port authority said`: step over the article.
  const first = ['the', 'a', 'an'].includes(ctx.tokens[subject.first - 1]?.lower ?? '') ? subject.first - 1 : subject.first;
  if (ctx.tokens[first - 1]?.text !== ',' || ctx.tokens[first - 2]?.kind !== 'word') return false;
  const c = contentStart(ctx, use, unit);
  const next = ctx.tokens[c];
  return c >= unit.last || next?.text === ',' || next?.text === '.';
}

export function reportsContent(ctx: ParagraphContext, use: VerbUse, unit: Unit): boolean {
  if (use.verb.verbClass === 'frame') return false;
  if (reportsWhatCameBefore(ctx, use, unit)) return true;
  const c = contentStart(ctx, use, unit);
  const t = ctx.tokens[c];
  if (!t || c >= unit.last || t.kind === 'punct') return false;
  const afterThat = ctx.tokens[c - 1]?.lower === 'that';
  if (t.kind === 'quote') {
    // `that "…" was a mistake`: the clause carries on after the quotation.
    const next = c + 1 < unit.last ? ctx.tokens[c + 1] : undefined;
    return afterThat && next?.kind === 'word' && !CONJUNCTIONS.has(next.lower);
  }
  if (afterThat || QUESTION_WORDS.test(t.lower)) return true;
  return looksLikeClause(ctx, c, unit, use);
}

export function findStatements(ctx: ParagraphContext, analysis: UnitAnalysis): FoundStatement[] {
  const { uses, unit } = analysis;
  const found: FoundStatement[] = [];
  const add = (speaker: Entity, via: string[], indirectSpeaker: boolean) => {
    if (!found.some((s) => s.speaker === speaker)) found.push({ speaker, via, unit, indirectSpeaker });
  };
  for (const use of uses) {
    const speaker = analysis.speakerOf(use);
    if (!speaker) continue;
    // `officials said Xi reiterated …`: what is reported is Xi's; the officials are the channel.
    if (uses.some((inner) => inner.parent === use)) continue;
    if (reportsContent(ctx, use, unit)) add(speaker, viaOf(analysis, use, speaker), use.subject?.type === 'pronoun');
  }
  const according = analysis.according;
  if (according && found.length === 0 && !uses.some((u) => analysis.speakerOf(u))) add(according.entity, [], false);
  return found;
}
