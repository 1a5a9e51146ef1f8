import type { Command } from '../src/command.ts';
import type { ArticlesReply } from '../src/reply/types.ts';
import { PRIVATE_OPTION } from './options.ts';

export const articles = {
  name: 'articles',
  description: 'The articles the bot knows: title, date and size',
  example: '/articles',
  options: [PRIVATE_OPTION],
  execute(library) {
    const list = [...library.kb.articles]
      .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug))
      .map((a) => ({ slug: a.slug, title: a.title, published: a.published, paragraphs: a.paragraphs.length, quotes: a.quotes.length, events: a.events.length }));
    const reply: ArticlesReply = { command: 'articles', status: list.length ? 'answered' : 'not_found', articles: list };
    if (!list.length) reply.message = 'The knowledge folder holds no articles yet.';
    return reply;
  },
} satisfies Command;
