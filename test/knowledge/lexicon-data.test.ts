import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_MODULE, lexiconFromCompromise, renderLexiconModule } from '../../scripts/lexicon.ts';
import { firstNameGender, isDemonym, isKnownPlace, isVerbWord } from '../../src/knowledge/quotes/lexicon.ts';

describe('the word list taken from compromise', () => {
  it('is what the installed compromise gives (regenerate with npx tsx scripts/lexicon.ts)', () => {
    expect(readFileSync(LEXICON_MODULE, 'utf8')).toBe(renderLexiconModule(lexiconFromCompromise()));
  });

  it('answers as the lexicon does', () => {
    expect(isKnownPlace('Beijing')).toBe(true);
    expect(isKnownPlace('Lin')).toBe(false);
    expect(firstNameGender('Karen')).toBe('female');
    expect(isVerbWord('had')).toBe(true);
    expect(isDemonym('Chinese')).toBe(true);
  });
});
