/**
 * Quote and speaker extraction for one article.
 *
 * Two passes over the paragraphs, in order:
 * 1. every capitalised name, with its title or role split off, goes into an entity registry
 *    (so `President Xi` later resolves to `Xi Jinping` introduced earlier);
 * 2. each sentence unit is read for speech verbs and their subjects; quotations are attributed
 *    (before/after the marks, split quotes, continuations) and reported speech kept as statements.
 *    Pronouns resolve in reading order to the most recent mention that fits.
 */
import type { Paragraph, Quote, Speaker, Statement } from '../types.ts';
import { type AttributedQuote, type LastSpeech, type QuoteMemory, attributeQuotes } from './attribution.ts';
import { type ParagraphContext, positionOf, readParagraphs } from './context.ts';
import { type Entity, EntityRegistry } from './entities.ts';
import { nameCore } from './entity-kinds.ts';
import { slugify } from './slug.ts';
import { type FoundStatement, findStatements } from './statements.ts';
import { jointSpeakers } from './joint.ts';
import { restatementOpening } from './restatement.ts';
import { analyseUnit, resolvePhrase } from './unit-analysis.ts';
import type { Unit } from './units.ts';
import { mainSubject } from './verb-uses.ts';

export interface ExtractedQuotes {
  speakers: Speaker[];
  quotes: Quote[];
  statements: Statement[];
}

/**
 * `According to the ministry, Xi said "…". He added that "…"`: within a paragraph, a later
 * report of the same speaker through a pronoun still comes through the same channel.
 */
class RelayMemory {
  private readonly viaBySpeaker = new Map<Entity, string[]>();

  carry(speaker: Entity, via: string[], indirectSpeaker: boolean): string[] {
    if (via.length > 0) {
      this.viaBySpeaker.set(speaker, via);
      return via;
    }
    return indirectSpeaker ? (this.viaBySpeaker.get(speaker) ?? via) : via;
  }
}

/**
 * `Jenny Walsh was less forgiving.` ¶ `"I've lost a day's pay."`: a sentence without speech
 * whose subject is a named person (or `he`/`she`) sets up whoever speaks in a quotation standing
 * alone right after it.
 */
function personIntroduced(ctx: ParagraphContext, registry: EntityRegistry, unit: Unit): Entity | undefined {
  if (ctx.spans.some((span) => span.open >= unit.start && span.open < unit.end)) return undefined;
  const subject = mainSubject(ctx, unit);
  if (subject?.type !== 'name' && !(subject?.type === 'pronoun' && ['he', 'she'].includes(subject.pronoun))) return undefined;
  const entity = resolvePhrase(ctx, registry, subject);
  return entity?.kind === 'person' ? entity : undefined;
}

/** First pass: every name of the article, in reading order. */
function registerNames(contexts: ParagraphContext[]): EntityRegistry {
  const registry = new EntityRegistry();
  for (const ctx of contexts) {
    for (const name of ctx.names) {
      // `Mensah, who joined…` opens its sentence; `from Accra Lions` is named in passing.
      const opener = name.first - (ctx.tokens[name.first - 1]?.lower === 'the' ? 1 : 0);
      const opensSentence = ctx.units.some((u) => u.first === opener);
      registry.addName(name.name, positionOf(ctx, name.nameStart), { role: name.role, written: name.written, opensSentence, body: name.body });
    }
  }
  return registry;
}

interface Found {
  quotes: Array<{ paragraph: number; quote: AttributedQuote }>;
  statements: Array<{ ctx: ParagraphContext; statement: FoundStatement }>;
}

/** Second pass: quotations and statements, unit by unit. */
function attributeArticle(contexts: ParagraphContext[], registry: EntityRegistry): Found {
  const found: Found = { quotes: [], statements: [] };
  let previousParagraphLast: LastSpeech | undefined;
  for (const ctx of contexts) {
    const memory: QuoteMemory = {};
    if (previousParagraphLast) memory.last = previousParagraphLast;
    const relay = new RelayMemory();
    for (const [k, unit] of ctx.units.entries()) {
      const analysis = analyseUnit(ctx, registry, unit);
      const next = ctx.units[k + 1];
      // `"We lost." That was the verdict of coach Jim Park`: the next sentence may name who spoke.
      const opening = next ? restatementOpening(ctx, next) : undefined;
      const namedNext = opening ? resolvePhrase(ctx, registry, opening) : undefined;
      if (namedNext) memory.namedNext = namedNext;
      else delete memory.namedNext;
      const quotes = attributeQuotes(ctx, analysis, memory);
      for (const quote of quotes) {
        quote.via = relay.carry(quote.speaker, quote.via, quote.indirectSpeaker);
        for (const speaker of jointSpeakers(ctx, registry, unit, quote.speaker)) found.quotes.push({ paragraph: ctx.paragraph.number, quote: { ...quote, speaker } });
        memory.lastInParagraph = quote;
      }
      for (const statement of findStatements(ctx, analysis)) {
        statement.via = relay.carry(statement.speaker, statement.via, statement.indirectSpeaker);
        for (const speaker of jointSpeakers(ctx, registry, unit, statement.speaker)) found.statements.push({ ctx, statement: { ...statement, speaker } });
        // Reported speech introduces the speaker of a quotation that follows on its own.
        if (quotes.length === 0) memory.lastInParagraph = statement;
      }
      const introduced = quotes.length === 0 && analysis.uses.length === 0 ? personIntroduced(ctx, registry, unit) : undefined;
      if (introduced) memory.lastInParagraph = { speaker: introduced, via: [] };
    }
    previousParagraphLast = memory.lastInParagraph;
  }
  return found;
}

function toSpeaker(entity: Entity, id: string): Speaker {
  const aliases = new Set(entity.aliases);
  const words = nameCore(entity.name);
  // The last word, usually the surname (`Liu`); for family-name-first names the text's own short form (`Xi`) is there too.
  if (entity.kind === 'person' && words.length > 1) aliases.add(words[words.length - 1] ?? entity.name);
  // `/quote the Farmers' Union`: a body is asked for as the article writes it, with its article.
  if (entity.kind === 'organization' && entity.named && !/^the\s/i.test(entity.name) && !/['’]s\s/.test(entity.name)) aliases.add(`the ${entity.name}`);
  aliases.delete(entity.name);
  const speaker: Speaker = { id, name: entity.name, kind: entity.kind, aliases: [...aliases] };
  if (entity.role !== undefined) speaker.role = entity.role;
  return speaker;
}

/** Finds direct quotes, reported statements and their speakers in an article's paragraphs. */
export function extractQuotes(paragraphs: Paragraph[]): ExtractedQuotes {
  const contexts = readParagraphs(paragraphs);
  const found = attributeArticle(contexts, registerNames(contexts));

  // Ids are slugs of names; two entities with one slug (a description resolved late) share a speaker.
  const speakersById = new Map<string, Speaker>();
  const idOf = (entity: Entity): string => {
    const id = slugify(entity.name);
    const existing = speakersById.get(id);
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...toSpeaker(entity, id).aliases])];
    else speakersById.set(id, toSpeaker(entity, id));
    return id;
  };
  const quotes = found.quotes.map(({ paragraph, quote }): Quote => {
    const out: Quote = { speakerId: idOf(quote.speaker), text: quote.span.text, paragraph, partial: quote.partial, start: quote.span.start };
    if (quote.via.length > 0) out.via = quote.via;
    return out;
  });
  // A sentence that carries the speaker's own quoted words is direct speech, already listed as
  // quotes; only what is reported without quotation marks stays a statement.
  const quotesTheSpeaker = ({ ctx, statement }: Found['statements'][number]): boolean =>
    found.quotes.some(
      ({ paragraph, quote }) =>
        paragraph === ctx.paragraph.number &&
        quote.speaker === statement.speaker &&
        quote.span.start >= statement.unit.start &&
        quote.span.start < statement.unit.end,
    );
  const statements = found.statements.filter((found) => !quotesTheSpeaker(found)).map(({ ctx, statement }): Statement => {
    const { unit, speaker, via } = statement;
    const out: Statement = { speakerId: idOf(speaker), text: ctx.text.slice(unit.start, unit.end), paragraph: ctx.paragraph.number };
    if (via.length > 0) out.via = via;
    return out;
  });
  return { speakers: [...speakersById.values()], quotes, statements };
}
