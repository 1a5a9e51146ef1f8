import { describe, expect, it } from 'vitest';
import { extractEvents, InvalidPublishedDateError, TimelineInputError } from '../../src/knowledge/timeline/index.ts';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { eventsIn, eventWritten, goldSlugs, loadFixture } from './timeline-support.ts';

describe('the seed article (trump-xi-call, published Monday 2025-11-24)', () => {
  const seed = loadFixture('trump-xi-call');
  const events = extractEvents(seed.paragraphs, seed.published);

  it('dates the phone call to Monday, the publication day (¶1)', () => {
    expect(eventWritten(events, 'Monday')).toMatchObject({ date: '2025-11-24', precision: 'day', paragraph: 1, expected: false });
    expect(eventWritten(events, 'Monday').text).toContain('held a phone call Monday');
  });

  it("dates Takaichi's remarks to this month (¶3)", () => {
    expect(eventWritten(events, 'this month')).toMatchObject({ date: '2025-11', precision: 'month', paragraph: 3 });
    expect(eventWritten(events, 'this month').text).toContain('who said this month');
  });

  it('dates the Busan meeting to Oct. 30 (¶5)', () => {
    expect(eventWritten(events, 'Oct. 30')).toMatchObject({ date: '2025-10-30', precision: 'day', paragraph: 5 });
    expect(eventWritten(events, 'Oct. 30').text).toContain('meeting between Trump and Xi in Busan');
  });

  it('dates the arms package notification to earlier this month (¶6)', () => {
    expect(eventWritten(events, 'Earlier this month')).toMatchObject({ date: '2025-11', precision: 'month', paragraph: 6 });
    expect(eventWritten(events, 'Earlier this month').text).toContain('received formal notification');
  });

  it('places the soybean purchases after the Oct. 30 meeting (¶5, "since then")', () => {
    expect(eventWritten(events, 'Since then')).toMatchObject({
      date: '2025-10-30',
      precision: 'day',
      paragraph: 5,
      expected: false,
      after: { written: 'Oct. 30', paragraph: 5 },
    });
    expect(eventWritten(events, 'Since then').text).toContain('China has resumed purchasing U.S. soybeans');
  });

  it('does not date World War II, "post-war", 23 million, 10% or US$330 million', () => {
    const written = events.map((e) => e.written.toLowerCase());
    for (const notADate of ['war', '23', '10%', '330']) expect(written.some((w) => w.includes(notADate))).toBe(false);
  });

  it('lists the events in timeline order', () => {
    expect(events.map((e) => e.written)).toEqual(['Oct. 30', 'Since then', 'since that summit', 'this month', 'Earlier this month', 'Monday']);
  });
});

describe('events ordered relative to another', () => {
  it('places an undated `since then` event after the nearest earlier date, with its anchor', () => {
    const events = eventsIn('2025-12-30', 'Rates fell between 2019 and 2023 but have risen slightly since then.');
    expect(eventWritten(events, 'since then')).toMatchObject({ date: '2023', precision: 'year', after: { written: '2023', paragraph: 1 } });
  });

  it('finds the anchor in the paragraph before', () => {
    const events = eventsIn('2025-11-24', 'The leaders met on Oct. 30.', 'Since then, trade has recovered.');
    expect(eventWritten(events, 'Since then').after).toEqual({ written: 'Oct. 30', paragraph: 1 });
  });

  it('drops a `since then` with no dated mention in its paragraph or the one before', () => {
    const events = eventsIn('2025-11-24', 'The leaders met on Oct. 30.', 'Talks went well.', 'Since then, trade has recovered.');
    expect(events.map((e) => e.written)).toEqual(['Oct. 30']);
  });

  it('resolves `two days later` and `the next day` from the date before them', () => {
    const events = eventsIn('2026-01-06', 'Negotiators met on Dec. 29 and reached a deal two days later. The next day, members rejected it.');
    expect(eventWritten(events, 'two days later')).toMatchObject({ date: '2025-12-31', precision: 'day' });
    expect(eventWritten(events, 'The next day')).toMatchObject({ date: '2026-01-01', precision: 'day' });
    expect(eventWritten(events, 'two days later').after).toBeUndefined();
  });

  it('resolves `May of that year` and `a year earlier` from the date before them', () => {
    const events = eventsIn('2025-12-30', 'The law, signed in April 2024, was challenged in May of that year.', 'It lost money in 2025, after a profit a year earlier.');
    expect(eventWritten(events, 'May of that year').date).toBe('2024-05');
    expect(eventWritten(events, 'a year earlier').date).toBe('2024');
  });
});

describe('day words inside quotes', () => {
  it('count from the day the sentence says the words were spoken', () => {
    const events = eventsIn('2024-11-18', '"We will count every ballot today," Benn said Friday.', '“Yesterday was hard,” she told reporters on Monday.');
    expect(eventWritten(events, 'today').date).toBe('2024-11-15');
    expect(eventWritten(events, 'Yesterday').date).toBe('2024-11-17');
  });

  it('count from the day the story leads with when the speaking is not dated', () => {
    const events = eventsIn('2025-05-09', 'A federal jury on Thursday convicted the former finance chief.', '"Today\'s verdict matters," said a lawyer for the investors.');
    expect(eventWritten(events, 'Today').date).toBe('2025-05-08');
  });

  it('count from publication when neither the speaking nor a recent lead day is dated', () => {
    expect(eventWritten(eventsIn('2024-11-18', '"Today it finally did," she said.'), 'Today').date).toBe('2024-11-18');
    const stale = eventsIn('2025-05-20', 'A federal jury on Thursday convicted the former finance chief.', '"Today\'s verdict matters," said a lawyer.');
    expect(eventWritten(stale, 'Today').date).toBe('2025-05-20');
  });
});

describe('timeline order', () => {
  const events = eventsIn(
    '2025-11-24',
    'The vote will be held next year.',
    'Officials met Monday.',
    'Earlier this month, talks resumed.',
    'Since then, trade has grown.',
    'The leaders met in Busan on Nov. 3.',
    'Prices rose last year.',
  );

  it('sorts ascending by the start of each date: a year before its months, a month before its days', () => {
    expect(events.map((e) => e.date)).toEqual(['2024', '2025-11', '2025-11', '2025-11-03', '2025-11-24', '2026']);
  });

  it('puts an event placed after an anchor right after the anchor', () => {
    expect(events.map((e) => e.written).slice(1, 3)).toEqual(['Earlier this month', 'Since then']);
  });

  it('keeps reading order for events on the same date', () => {
    const same = eventsIn('2025-11-24', 'They met Monday.', 'A vote followed on Monday.');
    expect(same.map((e) => e.paragraph)).toEqual([1, 2]);
  });
});

describe('expected events', () => {
  it('marks events after publication as expected, and only those', () => {
    const events = eventsIn('2025-11-24', 'Talks resumed last week.', 'A vote is due next month.', 'A decision will come later this month.');
    expect(events.map((e) => [e.written, e.expected])).toEqual([
      ['last week', false],
      ['later this month', true],
      ['next month', true],
    ]);
  });
});

describe('every event, on every fixture', () => {
  for (const slug of goldSlugs()) {
    it(`${slug}: text and written are verbatim in the paragraph, dates match their precision`, () => {
      const { paragraphs, published } = loadFixture(slug);
      const events = extractEvents(paragraphs, published);
      const byNumber = new Map(paragraphs.map((p) => [p.number, p.text]));
      const shape = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
      for (const e of events) {
        const text = byNumber.get(e.paragraph) ?? '';
        expect(text).toContain(e.text);
        expect(e.text).toContain(e.written.split(/\s+/)[0]);
        expect(text).toContain(e.written);
        expect(e.date).toMatch(shape[e.precision]);
      }
    });
  }
});

describe('bad input', () => {
  it('names a publication date that is not YYYY-MM-DD', () => {
    expect(() => extractEvents([], '24/11/2025')).toThrow(InvalidPublishedDateError);
    expect(() => extractEvents([], '24/11/2025')).toThrow(/"24\/11\/2025".*YYYY-MM-DD/);
  });

  it('names the paragraph that has no text', () => {
    const broken = [{ number: 1, text: 'Fine.', line: 0, sentences: [] }, { number: 2, line: 0, sentences: [] }] as unknown as Paragraph[];
    expect(() => extractEvents(broken, '2025-11-24')).toThrow(TimelineInputError);
    expect(() => extractEvents(broken, '2025-11-24')).toThrow(/index 1 has no text/);
  });

  it('copes with paragraphs without sentences, empty text and stray symbols', () => {
    const odd: Paragraph[] = [
      { number: 1, text: '', line: 0, sentences: [] },
      { number: 2, text: 'They met on Monday ¶¶ — “” (', line: 0, sentences: [] },
    ];
    expect(extractEvents(odd, '2025-11-24').map((e) => e.date)).toEqual(['2025-11-24']);
  });
});
