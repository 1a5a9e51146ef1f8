import type { Command } from '../src/command.ts';
import type { QuoteItem, QuoteReply } from '../src/reply/types.ts';
import { ARTICLE_OPTION, MAX_CHOICE_LENGTH, MAX_CHOICES, PRIVATE_OPTION, articleChoices, resolveArticle, sourcesFor, truncateLabel } from './options.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const quote = {
  name: 'quote',
  description: 'Every quotation of a speaker, verbatim, with its paragraph',
  example: '/quote lin-jian',
  options: [
    { name: 'speaker', description: 'Who said it: a name, surname or id', type: 'string', required: true, autocomplete: true, maxLength: 100 },
    ARTICLE_OPTION,
    PRIVATE_OPTION,
  ],
  execute(library, options) {
    const query = String(options.speaker);
    const article = resolveArticle(library, options);
    const scope = article ? { article: article.slug } : {};
    const matches = library.speakers.search(query, { ...scope, limit: 5 });
    const best = matches[0];
    // A fuzzy-only hit is a guess, and two equally good hits ("smith") are a question back:
    // either way offer "did you mean" rather than quote the wrong person.
    const ambiguous = best !== undefined && matches[1]?.rank === best.rank;
    if (!best || best.rank === 3 || ambiguous) {
      return {
        command: 'quote',
        status: 'not_found',
        query,
        speaker: null,
        quotes: [],
        statements: [],
        suggestions: matches.map((m) => ({ id: m.entry.id, name: m.entry.name })),
        message: ambiguous
          ? `Several speakers match "${query}"; say which one.`
          : `No speaker called "${query}" is quoted${article ? ` in ${article.slug}` : ''}.`,
      } satisfies QuoteReply;
    }
    const { entry } = best;
    const quotes: QuoteItem[] = [];
    const statements: QuoteItem[] = [];
    for (const a of article ? [article] : library.kb.articles) {
      for (const q of a.quotes) {
        if (q.speakerId !== entry.id) continue;
        const item: QuoteItem = { text: q.text, citation: { article: a.slug, paragraph: q.paragraph }, partial: q.partial };
        if (q.via) item.via = q.via;
        quotes.push(item);
      }
      for (const s of a.statements) {
        if (s.speakerId !== entry.id) continue;
        const item: QuoteItem = { text: s.text, citation: { article: a.slug, paragraph: s.paragraph }, partial: false };
        if (s.via) item.via = s.via;
        statements.push(item);
      }
    }
    const speaker: QuoteReply['speaker'] = { id: entry.id, name: entry.name };
    if (entry.role) speaker.role = entry.role;
    return {
      command: 'quote',
      status: 'answered',
      query,
      speaker,
      quotes,
      statements,
      suggestions: [],
      sources: sourcesFor(library, [...quotes, ...statements].map((q) => q.citation.article)),
    } satisfies QuoteReply;
  },
  autocomplete(library, option, typed, options) {
    if (option === 'article') return articleChoices(library, typed);
    if (option !== 'speaker') return [];
    const article = typeof options.article === 'string' && library.kb.bySlug.has(options.article) ? options.article : undefined;
    return library.speakers
      .search(typed, { limit: MAX_CHOICES, ...(article ? { article } : {}) })
      // A value is sent back as the speaker id: one cut short would name nobody, so skip it instead.
      .filter(({ entry }) => [...entry.id].length <= MAX_CHOICE_LENGTH)
      .map(({ entry }) => {
        const counts = [entry.quoteCount && plural(entry.quoteCount, 'quote'), entry.statementCount && plural(entry.statementCount, 'statement')].filter(Boolean).join(', ');
        return { name: truncateLabel(`${entry.name} — ${counts}`), value: entry.id };
      });
  },
} satisfies Command;
