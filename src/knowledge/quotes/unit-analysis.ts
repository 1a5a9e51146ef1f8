/**
 * One sentence unit, read: its speech verbs with the entity behind each, and an
 * `according to X` if it has one.
 */
import type { ParagraphContext } from './context.ts';
import { positionOf } from './context.ts';
import type { Entity, EntityRegistry } from './entities.ts';
import { isDemonym } from './lexicon.ts';
import type { Phrase } from './phrases.ts';
import { restatementAfterQuote } from './restatement.ts';
import { phraseAfter } from './subject.ts';
import type { Unit } from './units.ts';
import { type VerbUse, findVerbUses } from './verb-uses.ts';

export interface UnitAnalysis {
  unit: Unit;
  uses: VerbUse[];
  speakerOf: (use: VerbUse) => Entity | undefined;
  /** `According to the Chinese foreign ministry, …`. */
  according?: { phrase: Phrase; entity: Entity };
  /** `"…," was how Ana Ruiz put it`: the speaker named after a quotation token, by token. */
  restated: Map<number, Entity>;
}

/** Turns a phrase into the entity it names, recording the mention for later pronouns. */
export function resolvePhrase(ctx: ParagraphContext, registry: EntityRegistry, phrase: Phrase): Entity | undefined {
  const at = phrase.type === 'name' ? phrase.mention.nameStart : (ctx.tokens[phrase.first]?.start ?? 0);
  const position = positionOf(ctx, at);
  switch (phrase.type) {
    case 'pronoun': {
      // A pronoun may name someone introduced only after it, in the same or the next sentence.
      const here = ctx.units.findIndex((u) => u.first <= phrase.first && phrase.first < u.last);
      const horizon = ctx.units[here + 1] ?? ctx.units[here];
      return registry.resolvePronoun(phrase.pronoun, position, horizon ? positionOf(ctx, horizon.end) : position);
    }
    case 'description': {
      // `An FAA spokesperson`: a spokesperson speaks for the body named in the description.
      if (/^spokes/.test(phrase.head)) {
        for (let k = phrase.first; k < phrase.last; k++) {
          const name = ctx.nameAt.get(k);
          if (!name) continue;
          const body = registry.addName(name.name, position, { written: name.written });
          if (body.kind === 'organization') return body;
        }
      }
      // `Officials said` opens a sentence: the capital is the sentence's, not the name's.
      const firstWord = ctx.tokens[phrase.first];
      const proper = !firstWord || ctx.nameAt.has(phrase.first) || ctx.midSentenceCapitals.has(firstWord.bare) || isDemonym(firstWord.bare);
      const opens = ctx.sentenceStarts.has(phrase.first) && !proper;
      const text = opens ? phrase.text.charAt(0).toLowerCase() + phrase.text.slice(1) : phrase.text;
      return registry.addDescription(text, phrase.head, phrase.headKind, phrase, position);
    }
    case 'name': {
      // `Analysts at Morgan Stanley`, `Greenleaf, which is based in…`: a body, whatever the name looked like.
      const body = phrase.organizationHint || phrase.relative === 'which';
      const role = phrase.organizationHint ? undefined : phrase.role;
      const entity = registry.addName(phrase.mention.name, position, { role, written: phrase.mention.written, body });
      if (phrase.relative === 'who' && entity.kind === 'unknown') entity.kind = 'person';
      return entity;
    }
  }
}

function findAccording(ctx: ParagraphContext, unit: Unit): Phrase | undefined {
  for (let i = unit.first; i + 1 < unit.last; i++) {
    if (ctx.tokens[i]?.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') return phraseAfter(ctx, i + 2, unit.last, false);
  }
  return undefined;
}

export function analyseUnit(ctx: ParagraphContext, registry: EntityRegistry, unit: Unit): UnitAnalysis {
  const uses = findVerbUses(ctx, unit);
  const resolved = new Map<Phrase, Entity | undefined>();
  const resolve = (phrase: Phrase) => {
    if (!resolved.has(phrase)) resolved.set(phrase, resolvePhrase(ctx, registry, phrase));
    return resolved.get(phrase);
  };
  const accordingPhrase = findAccording(ctx, unit);
  const restatements = new Map<number, Phrase>();
  for (let q = unit.first; q < unit.last; q++) {
    const phrase = ctx.tokens[q]?.quote !== undefined ? restatementAfterQuote(ctx, unit, q) : undefined;
    if (phrase) restatements.set(q, phrase);
  }
  // Resolve in reading order, so a pronoun sees every mention before it.
  const phrases = [...uses.map((u) => u.subject), accordingPhrase, ...restatements.values()]
    .filter((p): p is Phrase => p !== undefined)
    .sort((a, b) => a.first - b.first);
  for (const phrase of phrases) {
    const entity = resolve(phrase);
    if (entity) registry.markSpeaking(entity);
  }
  const restated = new Map<number, Entity>();
  for (const [q, phrase] of restatements) {
    const entity = resolved.get(phrase);
    if (entity) restated.set(q, entity);
  }
  const analysis: UnitAnalysis = { unit, uses, restated, speakerOf: (use) => (use.subject ? resolved.get(use.subject) : undefined) };
  const accordingEntity = accordingPhrase ? resolved.get(accordingPhrase) : undefined;
  if (accordingPhrase && accordingEntity) analysis.according = { phrase: accordingPhrase, entity: accordingEntity };
  return analysis;
}

/** The chain a report came through, outermost first: `according to` first, then reporting verbs. */
export function viaOf(analysis: UnitAnalysis, use: VerbUse | undefined, speaker: Entity): string[] {
  const chain: string[] = [];
  for (let outer = use?.parent; outer; outer = outer.parent) {
    const entity = analysis.speakerOf(outer);
    if (entity && entity !== speaker && outer.subject) chain.unshift(outer.subject.type === 'pronoun' ? entity.name : outer.subject.text);
  }
  const according = analysis.according;
  if (according && according.entity !== speaker) chain.unshift(according.phrase.text);
  return chain;
}
