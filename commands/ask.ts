import type { Command } from '../src/command.ts';
import type { AskReply } from '../src/reply/types.ts';
import { MAX_QUESTION_CHARS } from '../src/search/sanitize.ts';
import type { RankedPassage } from '../src/search/types.ts';
import { ARTICLE_OPTION, PRIVATE_OPTION, articleChoices, resolveArticle, sourcesFor } from './options.ts';

const toAnswer = ({ text, citation, why }: RankedPassage) => ({ text, citation, why });

export const ask = {
  name: 'ask',
  description: 'Ask a question about the article; the answer is quoted verbatim with its paragraph',
  example: '/ask who protested the arms sale',
  options: [
    // (As long as the search reads: a polite question with its story runs past 300 characters.)
    { name: 'question', description: 'Your question, in your own words', type: 'string', required: true, maxLength: MAX_QUESTION_CHARS },
    ARTICLE_OPTION,
    PRIVATE_OPTION,
  ],
  execute(library, options) {
    const question = String(options.question);
    // With one article in the knowledge base, every question is about it: asked as such, its title
    // counts as the subject its sentences need not repeat (as with the article option).
    const only = library.kb.articles.length === 1 ? library.kb.articles[0] : undefined;
    const article = resolveArticle(library, options) ?? only;
    const result = library.index.ask(question, article ? { article: article.slug } : {});
    const answers = result.answers.map(toAnswer);
    const nearest = result.nearest.map(toAnswer);
    const reply: AskReply = {
      command: 'ask',
      status: result.status,
      question,
      answers,
      nearest,
      sources: sourcesFor(library, [...answers, ...nearest].map((a) => a.citation.article)),
    };
    if (result.status === 'not_found') {
      reply.message = article ? `The article does not say.` : library.kb.articles.length > 1 ? 'The articles do not say.' : 'The article does not say.';
    }
    return reply;
  },
  autocomplete(library, option, typed) {
    return option === 'article' ? articleChoices(library, typed) : [];
  },
} satisfies Command;
