import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS_MODULE, exceptionsFromWink, renderExceptionsModule } from '../../scripts/wordnet-exceptions.ts';
import { baseForms, isDictionaryWord } from '../../src/search/lexicon/wordnet.ts';

describe("WordNet's exception lists", () => {
  it('are what the installed wink-lexicon gives (regenerate with npx tsx scripts/wordnet-exceptions.ts)', () => {
    expect(readFileSync(EXCEPTIONS_MODULE, 'utf8')).toBe(renderExceptionsModule(exceptionsFromWink()));
  });

  it('give the base forms the suffix rules cannot reach', () => {
    expect(baseForms('notified', 'v')).toContain('notify');
    expect(baseForms('caught', 'v')).toContain('catch');
    expect(baseForms('crises', 'n')).toContain('crisis');
    expect(baseForms('bigger', 'a')).toContain('big');
    expect(isDictionaryWord('stood')).toBe(true);
    // (The rules still do the rest: "stopped" → "stop".)
    expect(baseForms('stopped', 'v')).toEqual(['stop']);
  });
});
