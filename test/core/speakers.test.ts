import { describe, expect, it } from 'vitest';
import { acronymOf, normalizeName } from '../../src/search/speakers.ts';
import { runCommand } from '../../src/dispatch.ts';
import type { QuoteReply } from '../../src/reply/types.ts';
import { article, library, paragraphs } from './fixtures.ts';

describe('speaker names as people type them', () => {
  it('normalises case, punctuation, possessives, dotted initials and a leading article', () => {
    expect(normalizeName('Lin-Jian')).toBe('lin jian');
    expect(normalizeName("the Farmers' Union")).toBe('farmers union');
    expect(normalizeName('The U.S. Department of Agriculture')).toBe('us department of agriculture');
    expect(normalizeName("China's Ministry")).toBe('china ministry');
  });

  it('derives the initialism of a multi-word body', () => {
    expect(acronymOf('U.S. Department of Agriculture')).toBe('usda');
    expect(acronymOf('Federal Trade Commission')).toBe('ftc');
    expect(acronymOf('Beijing')).toBeUndefined();
  });

  it('finds an organisation by its initialism, but never a person by their initials', () => {
    const a = article('agri', {
      paragraphs: paragraphs('The U.S. Department of Agriculture said "the herd is safe."', 'Lara Jones said "fine."'),
      speakers: [
        { id: 'us-department-of-agriculture', name: 'U.S. Department of Agriculture', kind: 'organization', aliases: [] },
        { id: 'lara-jones', name: 'Lara Jones', kind: 'person', aliases: ['Jones'] },
      ],
      quotes: [
        { speakerId: 'us-department-of-agriculture', text: 'the herd is safe.', paragraph: 1, partial: false, start: 41 },
        { speakerId: 'lara-jones', text: 'fine.', paragraph: 2, partial: false, start: 18 },
      ],
    });
    const lib = library([a]);
    expect((runCommand(lib, 'quote', { speaker: 'USDA' }) as QuoteReply).speaker?.id).toBe('us-department-of-agriculture');
    expect((runCommand(lib, 'quote', { speaker: 'the US Department of Agriculture' }) as QuoteReply).speaker?.id).toBe('us-department-of-agriculture');
    expect((runCommand(lib, 'quote', { speaker: 'lj' }) as QuoteReply).speaker).toBeNull();
  });
});
