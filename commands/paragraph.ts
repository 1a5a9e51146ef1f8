import type { Command } from '../src/command.ts';
import { UserError } from '../src/errors.ts';
import type { ParagraphReply } from '../src/reply/types.ts';
import { PRIVATE_OPTION, resolveArticle, sourcesFor } from './options.ts';

/** One whole paragraph: what the "Show ¶N" buttons open. */
export const paragraph = {
  name: 'paragraph',
  description: 'Show one whole paragraph of an article',
  example: '/paragraph 6',
  internal: true,
  options: [
    { name: 'number', description: 'Paragraph number (¶N)', type: 'string', required: true, maxLength: 10 },
    { name: 'article', description: 'Article slug (default: the only article)', type: 'string', maxLength: 100 },
    PRIVATE_OPTION,
  ],
  execute(library, options) {
    const number = Number(String(options.number).replace(/^¶/, ''));
    if (!Number.isInteger(number) || number < 1) throw new UserError(`"${String(options.number)}" is not a paragraph number; write e.g. 6 or ¶6.`);
    const article = resolveArticle(library, options) ?? (library.kb.articles.length === 1 ? library.kb.articles[0] : undefined);
    if (!article) throw new UserError('Several articles are loaded: name one, e.g. /paragraph 6 article:<slug> (see /articles).');
    const found = article.paragraphs[number - 1];
    const reply: ParagraphReply = {
      command: 'paragraph',
      status: found ? 'answered' : 'not_found',
      paragraph: found ? { text: found.text, citation: { article: article.slug, paragraph: number } } : null,
      sources: sourcesFor(library, [article.slug]),
    };
    if (!found) reply.message = `${article.slug} has ${article.paragraphs.length} paragraphs; there is no ¶${number}.`;
    return reply;
  },
} satisfies Command;
