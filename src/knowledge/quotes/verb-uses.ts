/**
 * Finds the speech verbs of a sentence unit and who does the speaking for each:
 * `X said`, `said X`, `X, a teacher, said`, `…, saying` (the sentence's subject), `and urged`
 * (the previous verb's subject), and which verb reports which (`officials said Xi reiterated`).
 */
import type { ParagraphContext } from './context.ts';
import { type Phrase, isVerbAdverb, phraseEndingAt } from './phrases.ts';
import { contentStart } from './reported-content.ts';
import { DOCUMENT_NOUNS, phraseAfter, subjectBefore } from './subject.ts';
import { type SpeechVerb, isInflectedSpeechVerb, phrasalSpeechVerb, speechVerb } from './speech-verbs.ts';
import type { Unit } from './units.ts';
import { BE_FORMS, DETERMINERS, MODALS, PREPOSITIONS, SPEAKER_NOUNS, SUBJECT_PRONOUNS } from './vocabulary.ts';

export interface VerbUse {
  index: number;
  verb: SpeechVerb;
  /** Who speaks, when the sentence names it; `inherited` when taken from another verb or the sentence's subject. */
  subject?: Phrase;
  inherited: boolean;
  /** `said X`, `…, said the official.` */
  inverted: boolean;
  /** The verb that reports this one: `said` in `officials said Xi reiterated…`. */
  parent?: VerbUse;
}

/** Words after which an `-ing` form is a verb (`, saying`), not a noun or adjective (`a warning`). */
const ING_OPENERS = new Set([',', 'and', 'while', 'before', 'after', 'by', 'without', 'in', 'when', 'also', 'again', 'as']); // `quoted as saying`

/** Forms of `go`: `went on to say` continues its subject's speech. */
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);

/**
 * An `-ing` form that reports what follows it even without a comma: `a bulletin warning that…`,
 * `a statement saying "…"`. After a document noun, or with the content right after it.
 */
function participleReports(ctx: ParagraphContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (prev?.kind === 'word' && !prev.possessive && DOCUMENT_NOUNS.has(prev.lower)) return true;
  return next?.lower === 'that' || next?.kind === 'quote' || next?.text === ':';
}

/** Whether the word at `i` is a speech verb used as a verb here. */
function verbAt(ctx: ParagraphContext, i: number, unit: Unit): SpeechVerb | undefined {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || t.capital) return undefined;
  const verb = speechVerb(t.lower) ?? phrasalSpeechVerb(t.lower, ctx.tokens[i + 1]?.lower);
  if (!verb) return undefined;
  const prev = ctx.tokens[i - 1];
  const raw = i > unit.first ? (prev?.lower ?? '') : '';
  // A capitalised word before the verb is a name (`Theresa May said`), not a modal, unless it is `They` or `The`.
  const prevLower = prev?.capital && !SUBJECT_PRONOUNS.has(raw) && !DETERMINERS.has(raw) ? '' : raw;
  if (prev?.possessive || DETERMINERS.has(prevLower)) return undefined; // `Beijing's claim`, `a warning`
  // `refused to call the win a "turning point"`: an infinitive still frames a quotation.
  if (prevLower === 'to' && verb.verbClass === 'frame' && verb.form === 'base') return verb;
  // `went on to say that…`: the speaker goes on speaking.
  if (prevLower === 'to' && verb.form === 'base' && ctx.tokens[i - 2]?.lower === 'on' && GO_FORMS.has(ctx.tokens[i - 3]?.lower ?? '')) return verb;
  if (MODALS.has(prevLower) || prevLower === 'to' || BE_FORMS.has(prevLower)) return undefined; // `would say`, `to say`, `was told`
  if (verb.form === 'ing') {
    const opener = prev?.text === ',' ? ',' : prevLower;
    return ING_OPENERS.has(opener) || isVerbAdverb(prev) || participleReports(ctx, i) ? verb : undefined;
  }
  if (PREPOSITIONS.has(prevLower)) return undefined; // `in charge`
  if (verb.form === 'base') {
    // `they say`, `officials say`; otherwise a bare form is a noun or an imperative.
    return SUBJECT_PRONOUNS.has(prevLower) || SPEAKER_NOUNS.get(prevLower) === 'group' ? verb : undefined;
  }
  return verb;
}

/** `If the court agrees to…`, `unless officials say…`: a condition, not something said. */
function hypothetical(ctx: ParagraphContext, verb: number, unit: Unit): boolean {
  for (let k = verb - 1; k >= unit.first; k--) {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (['if', 'unless', 'whether', 'until', 'lest'].includes(t.lower)) return true;
  }
  return false;
}

/** Leading adverbial before the subject: `In a statement,`, `According to X,`, `Earlier this month,`. */
function clauseStart(ctx: ParagraphContext, unit: Unit): number {
  const first = ctx.tokens[unit.first];
  if (!first || first.kind !== 'word' || ctx.nameAt.has(unit.first)) return unit.first;
  const opensAdverbial = PREPOSITIONS.has(first.lower) || /^(according|asked|earlier|later|meanwhile|since|separately|still|also)$/.test(first.lower) || /ly$/.test(first.lower);
  if (!opensAdverbial) return unit.first;
  for (let i = unit.first; i < unit.last; i++) if (ctx.tokens[i]?.text === ',') return i + 1;
  return unit.first;
}

/** The subject of the sentence, for participles and coordinated verbs without their own. */
export function mainSubject(ctx: ParagraphContext, unit: Unit): Phrase | undefined {
  const start = clauseStart(ctx, unit);
  const limit = Math.min(unit.last, start + 12);
  for (let end = start; end < limit; end++) {
    const t = ctx.tokens[end];
    if (!t || t.kind !== 'word') return undefined;
    if (t.possessive) continue; // `Taiwan's government`: the head comes later
    const nextIsName = ctx.nameAt.get(end + 1) !== undefined && ctx.nameAt.get(end) === ctx.nameAt.get(end + 1);
    if (nextIsName) continue;
    const phrase = phraseEndingAt(ctx, end, start);
    if (phrase && phrase.first <= start + 1) return phrase;
    if (isInflectedSpeechVerb(t.lower) && !t.capital) return undefined;
  }
  return undefined;
}

/**
 * The closest name, pronoun or description before `verb` that is itself followed by a verb:
 * `emails in which Mr. Okoro referred to … and urged` → Mr. Okoro, not the sentence's subject.
 */
function nearestClauseSubject(ctx: ParagraphContext, unit: Unit, verb: number): Phrase | undefined {
  for (let end = verb - 2; end >= unit.first; end--) {
    const next = ctx.tokens[end + 1];
    if (!next || next.kind !== 'word' || next.capital) continue;
    const verbLike = /(ed|s)$/.test(next.lower) || BE_FORMS.has(next.lower) || MODALS.has(next.lower) || ['has', 'had', 'have'].includes(next.lower);
    if (!verbLike || DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower)) continue;
    if (ctx.nameAt.get(end + 1)) continue;
    const phrase = phraseEndingAt(ctx, end, unit.first);
    if (phrase && !ctx.tokens[end]?.possessive) return phrase;
  }
  return undefined;
}

/** `…, saying`, `and urged`, `but warned`: a verb that shares the subject of what came before. */
function continuesEarlierClause(ctx: ParagraphContext, i: number, unit: Unit, verb: SpeechVerb): boolean {
  if (verb.form === 'ing') return true;
  let k = i - 1;
  while (k > unit.first && isVerbAdverb(ctx.tokens[k])) k--;
  const t = ctx.tokens[k];
  return t?.text === ',' || ['and', 'but', 'or', 'then', 'yet', 'to'].includes(t?.lower ?? '');
}

export function findVerbUses(ctx: ParagraphContext, unit: Unit): VerbUse[] {
  const uses: VerbUse[] = [];
  for (let i = unit.first; i < unit.last; i++) {
    const verb = verbAt(ctx, i, unit);
    if (!verb) continue;
    if (hypothetical(ctx, i, unit)) continue;
    const use: VerbUse = { index: i, verb, inherited: false, inverted: false };
    // A participle (`, saying`) never has its subject right before it.
    const subject = verb.form === 'ing' ? undefined : subjectBefore(ctx, i, unit.first);
    const prev = ctx.tokens[i - 1];
    if (subject) use.subject = subject;
    else if ((prev?.text === ',' || prev?.kind === 'quote' || i === unit.first) && verb.form !== 'ing') {
      const after = phraseAfter(ctx, i + 1, unit.last);
      if (after) {
        use.subject = after;
        use.inverted = true;
      }
    }
    if (!use.subject && continuesEarlierClause(ctx, i, unit, verb)) {
      const earlier = [...uses].reverse().find((u) => u.subject);
      const inherited = earlier?.subject ?? nearestClauseSubject(ctx, unit, i) ?? mainSubject(ctx, unit);
      if (inherited && inherited.last < i) {
        use.subject = inherited;
        use.inherited = true;
      }
    }
    uses.push(use);
  }
  for (const use of uses) {
    if (!use.subject || use.inherited || use.inverted) continue;
    // `officials said Xi reiterated…`: this verb's subject opens what an earlier verb reports.
    const opens = use.subject.first;
    const parent = [...uses].reverse().find((outer) => outer.index < opens && contentStart(ctx, outer, unit) === opens);
    if (parent) use.parent = parent;
  }
  return uses;
}
