import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems, problem } from '../../src/knowledge/problems.ts';

describe('formatProblem', () => {
  it('writes file:line: message', () => {
    expect(formatProblem({ file: 'knowledge/foo.md', line: 3, field: 'published', message: 'published: "2025-13-01" is not a date' })).toBe(
      'knowledge/foo.md:3: published: "2025-13-01" is not a date',
    );
  });

  it('leaves the line out when the problem has none', () => {
    expect(formatProblem({ file: 'knowledge', message: 'knowledge folder ./knowledge does not exist' })).toBe('knowledge: knowledge folder ./knowledge does not exist');
  });
});

describe('formatProblems', () => {
  it('counts problems and files, then lists them by file and line', () => {
    const report = formatProblems([
      problem('knowledge/b.md', 'late', { line: 9 }),
      problem('knowledge/a.md', 'second', { line: 7 }),
      problem('knowledge/b.md', 'early', { line: 2 }),
      problem('knowledge/a.md', 'whole file'),
    ]);
    expect(report).toBe(
      ['4 problems in 2 files:', '  knowledge/a.md: whole file', '  knowledge/a.md:7: second', '  knowledge/b.md:2: early', '  knowledge/b.md:9: late'].join('\n'),
    );
  });

  it('uses the singular for one problem in one file', () => {
    expect(formatProblems([problem('k/a.md', 'x', { line: 1 })]).split('\n')[0]).toBe('1 problem in 1 file:');
  });

  it('says so when there is nothing to report', () => {
    expect(formatProblems([])).toBe('No problems found.');
  });
});

describe('problem', () => {
  it('omits line and field when they are not given, rather than setting them to undefined', () => {
    expect(Object.keys(problem('k/a.md', 'x', { line: undefined, field: undefined }))).toEqual(['file', 'message']);
    expect(problem('k/a.md', 'x', { line: 4, field: 'url' })).toEqual({ file: 'k/a.md', message: 'x', line: 4, field: 'url' });
  });
});
