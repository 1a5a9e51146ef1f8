import { describe, expect, it } from 'vitest';
import { configuration } from 'chrono-node/en';
import { findMentions } from '../../src/knowledge/timeline/mentions.ts';
import { CALENDAR_READER, calendarMentions, UNUSED_PARSERS } from '../../src/knowledge/timeline/recognize-calendar.ts';

const written = (text: string): string[] => findMentions(text).map((m) => m.written);

describe('what is not a date', () => {
  it.each([
    ["Beijing's view is tied to the post-World War II order.", 'a war name'],
    ['Xi spoke of the post-war international order.', 'post-war'],
    ["Only the island's 23 million residents may decide.", 'a count and the modal may'],
    ['The United States has reduced certain tariffs by 10%.', 'a percentage'],
    ['The package is worth US$330 million.', 'money'],
    ['Former prime minister Theresa May spoke first.', 'May the name'],
    ['Protesters will march on city hall.', 'march the verb'],
    ['He was 45 years old when he died.', 'an age'],
    ['It was the busiest year since the 1990s.', 'a decade'],
    ['The Sunday Times reported it first.', 'a newspaper'],
    ['Black Friday sales rose.', 'a named day'],
    ['Volunteers visit every Monday.', 'a recurring day'],
    ['Counts are posted every Monday and Thursday.', 'recurring days in a list'],
    ['The office is open Monday through Friday.', 'a weekly schedule'],
    ['After the fall of Kabul, many fled.', 'fall the noun'],
    ['Over the last year, prices rose.', 'a duration'],
    ['USA Today reported the story.', 'a title'],
    ['Saudi Arabia praised its Vision 2030 plan.', 'a plan name'],
    ['He scored 2019 points in his career.', 'a count'],
    ['The ruling was 2-1 and cited 9/11.', 'numbers without a year'],
    ['The third quarter of the game was slow.', 'a sports quarter'],
    ['A quarter of voters agreed.', 'a fraction'],
    ['Since that is the case, we agree.', '`since that` as a conjunction'],
    ['The library runs a Summer Reading Challenge.', 'a title with a season'],
  ])('%j (%s)', (text) => {
    expect(written(text)).toEqual([]);
  });
});

describe('what is written', () => {
  it.each([
    ['Trump and Xi held a phone call Monday that touched on Taiwan.', ['Monday']],
    ['Earlier this month, the ministry announced it.', ['Earlier this month']],
    ['The meeting in Busan on Oct. 30 went well.', ['Oct. 30']],
    ['They met Monday, Nov. 17, in Geneva.', ['Monday, Nov. 17']],
    ['The hearing is on Nov. 28 at 3 p.m. local time.', ['Nov. 28']],
    ['Exports have grown since 2019.', ['since 2019']],
    ['Talks will resume in mid-December.', ['mid-December']],
    ['The festival runs Oct. 30-31.', ['Oct. 30-31']],
    ['Talks ran from Oct. 30 to Nov. 2.', ['Oct. 30', 'Nov. 2']],
    ['Between 2019 and 2021, sales doubled.', ['2019', '2021']],
    ['In March and April, rains fell.', ['March', 'April']],
    ['The 2024 election was close.', ['2024']],
    ['She met them late last year.', ['late last year']],
    ['The first payments are due by the end of the year.', ['the end of the year']],
    ['The law was challenged in May of that year.', ['May of that year']],
    ['Negotiators met on Dec. 29 and reached a deal two days later.', ['Dec. 29', 'two days later']],
    ['Since then, China has resumed purchasing U.S. soybeans.', ['Since then']],
    ['Xi said ties have been steady since that summit.', ['since that summit']],
    ['Fans gathered over the weekend.', ['the weekend']],
    ['Fighting resumed on Dec. 1 and has continued since.', ['Dec. 1', 'since']],
    ['The Fed could cut rates as soon as March.', ['March']],
    ['The company reported a third-quarter loss.', ['third-quarter']],
    ['Scanners jammed on Election Day, before the Thanksgiving holiday.', ['Election Day', 'Thanksgiving']],
    ['The walkout began a week before Christmas.', ['a week before Christmas']],
    ['The report came three weeks after the Aug. 9 crash.', ['Aug. 9']],
    ['The eruption began shortly after midnight on Jan. 15.', ['Jan. 15']],
    ['The deal may close by year-end or by the end of the year.', ['year-end', 'the end of the year']],
    ['"Where are they supposed to go?" she asked at a meeting Tuesday night.', ['Tuesday night']],
  ])('%j → %j', (text, expected) => {
    expect(written(text)).toEqual(expected);
  });

  it('every mention is a verbatim slice of its text', () => {
    const text = 'On Monday, Nov. 17, and again late last year and since 2019, officials met; two days later, they left.';
    for (const m of findMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.written);
  });
});

describe('the calendar reader (chrono without its counted-time parsers)', () => {
  it('drops parsers chrono really has, so a renamed one in a new chrono release fails here', () => {
    const names = configuration.createCasualConfiguration(false).parsers.map((parser) => parser.constructor.name);
    for (const unused of UNUSED_PARSERS) expect(names).toContain(unused);
    expect(names.length - (CALENDAR_READER as unknown as { parsers: unknown[] }).parsers.length).toBe(UNUSED_PARSERS.length);
  });

  it.each([
    ['The talks resumed two weeks after Oct. 30.', ['Oct. 30']],
    ['Three days ago, on March 4, 2024, they met.', ['March 4, 2024']],
    ['Within a month of Jan. 15, 2024, prices fell.', ['Jan. 15, 2024']],
    ['On 30 October, three weeks after 9 October, it ended.', ['30 October', '9 October']],
  ])('still reads the calendar date beside a counted time: %j', (text, expected) => {
    expect(calendarMentions(text).map((m) => m.written)).toEqual(expected);
  });
});
