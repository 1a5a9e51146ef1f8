/**
 * The promise users rely on: every text the bot shows as coming from an article is verbatim in
 * the paragraph it cites. Checked over every article we have, for quotes, statements, timeline
 * events and /ask answers to a spread of questions (including hostile ones).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/dispatch.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { buildLibrary, type Library } from '../../src/library.ts';
import type { AskReply } from '../../src/reply/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['knowledge', 'test/fixtures/articles'];

let kbs: KnowledgeBase[] = [];
let libraries: Library[] = [];

function paragraphText(kb: KnowledgeBase, citation: { article: string; paragraph: number }): string {
  const text = kb.bySlug.get(citation.article)?.paragraphs[citation.paragraph - 1]?.text;
  if (text === undefined) throw new Error(`no paragraph ${citation.article} ¶${citation.paragraph}`);
  return text;
}

beforeAll(async () => {
  for (const folder of FOLDERS) {
    const { kb, problems } = await loadKnowledge(path.join(ROOT, folder));
    expect(problems).toEqual([]);
    kbs.push(kb);
  }
  libraries = kbs.map(buildLibrary);
});

describe('every text shown is verbatim in its cited paragraph', () => {
  it('quotes and statements', () => {
    for (const kb of kbs) {
      for (const article of kb.articles) {
        for (const quote of article.quotes) {
          const text = paragraphText(kb, { article: article.slug, paragraph: quote.paragraph });
          expect(text.slice(quote.start, quote.start + quote.text.length), `${article.slug} ¶${quote.paragraph}`).toBe(quote.text);
        }
        for (const statement of article.statements) {
          expect(paragraphText(kb, { article: article.slug, paragraph: statement.paragraph })).toContain(statement.text);
        }
      }
    }
  });

  it('timeline events', () => {
    for (const kb of kbs) {
      for (const article of kb.articles) {
        for (const event of article.events) {
          expect(paragraphText(kb, { article: article.slug, paragraph: event.paragraph })).toContain(event.text);
        }
      }
    }
  });

  it('answers and nearest passages of /ask, for questions built from every sentence and for hostile ones', () => {
    kbs.forEach((kb, i) => {
      const library = libraries[i]!;
      const questions = ['who said it', 'what happened', '(((', '"quoted"', 'when?', 'x'.repeat(300)];
      for (const article of kb.articles) {
        for (const paragraph of article.paragraphs) {
          for (const sentence of paragraph.sentences) {
            // A question made of the sentence's longer words, out of order, as a reader might ask.
            questions.push(sentence.text.split(/\W+/).filter((w) => w.length > 4).reverse().slice(0, 6).join(' '));
          }
        }
      }
      for (const question of questions.filter(Boolean)) {
        const reply = runCommand(library, 'ask', { question }) as AskReply;
        for (const passage of [...(reply.answers ?? []), ...(reply.nearest ?? [])]) {
          expect(paragraphText(kb, passage.citation), question).toContain(passage.text);
        }
      }
    });
  });
});
