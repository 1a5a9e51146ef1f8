import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuestions } from '../../eval/questions.ts';

function file(content: string): string {
  const name = path.join(mkdtempSync(path.join(tmpdir(), 'questions-')), 'q.tsv');
  writeFileSync(name, content);
  return name;
}

describe('evaluation question files', () => {
  it('reads the seed format and the multi-article format', () => {
    expect(readQuestions(file('question\tgold\nwho protested\t6\nwhat is the capital of France\tnone\n')).map((q) => [q.article, q.gold])).toEqual([
      ['trump-xi-call', [6]],
      ['trump-xi-call', []],
    ]);
    expect(readQuestions(file('article\tquestion\tgold\nnews\tpoint?\t4|2\n'))[0]).toMatchObject({ article: 'news', question: 'point?', gold: [4, 2], line: 2 });
  });

  it('names the file and line of a malformed question', () => {
    const bad = file('question\tgold\nwho protested\tsix\n');
    expect(() => readQuestions(bad)).toThrow(`${bad}:2:`);
    expect(() => readQuestions(file('q\tg\n'))).toThrow(/header must name/);
  });
});
