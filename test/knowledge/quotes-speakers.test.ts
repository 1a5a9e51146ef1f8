import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import { slugify } from '../../src/knowledge/quotes/slug.ts';
import { para } from './quotes-fixtures.ts';

const speakerOf = (id: string, ...texts: string[]) => extractQuotes(para(...texts)).speakers.find((s) => s.id === id);
const speakerIds = (...texts: string[]) => extractQuotes(para(...texts)).quotes.map((q) => q.speakerId);

describe('names and roles', () => {
  it('keeps a capitalised title apart from the name', () => {
    expect(speakerOf('ana-ruiz', 'Governor Ana Ruiz signed the bill. "It is done," Ruiz said.')).toMatchObject({
      name: 'Ana Ruiz',
      role: 'Governor',
      kind: 'person',
    });
  });

  it('keeps a lowercase role written before the name', () => {
    expect(speakerOf('lin-jian', 'Chinese foreign ministry spokesperson Lin Jian said, "China deplores and opposes that."')).toMatchObject({
      name: 'Lin Jian',
      role: 'Chinese foreign ministry spokesperson',
    });
  });

  it('splits abbreviated titles: `Ohio Lt. Gov. Ellen Marsh`', () => {
    expect(speakerOf('ellen-marsh', 'Ohio Lt. Gov. Ellen Marsh said the state was "ready to help."')).toMatchObject({ name: 'Ellen Marsh', role: 'Ohio Lt. Gov.' });
  });

  it('resolves a later title and surname to the full name introduced earlier', () => {
    const texts = ['Chinese President Xi Jinping spoke on Monday.', 'President Xi said the talks were "candid."', '"We are ready," Xi said.'];
    expect(speakerIds(...texts)).toEqual(['xi-jinping', 'xi-jinping']);
    expect(speakerOf('xi-jinping', ...texts)?.aliases).toEqual(expect.arrayContaining(['President Xi', 'Xi']));
  });

  it('prefers the role in an appositive to a courtesy title: `said Dr. Karen Holt, Lakeside\'s chief executive`', () => {
    expect(speakerOf('karen-holt', '"It is arithmetic," said Dr. Karen Holt, Lakeside\'s chief executive.')).toMatchObject({
      name: 'Karen Holt',
      role: "Lakeside's chief executive",
    });
  });

  it('includes the surname among the aliases', () => {
    expect(speakerOf('karen-liu', 'Chief executive Karen Liu said the cuts were "painful."')?.aliases).toContain('Liu');
  });

  it('resolves an acronym to the organisation named earlier', () => {
    const texts = ['The Centers for Disease Control and Prevention sent a team.', 'The CDC called the outbreak "serious and preventable."'];
    expect(speakerIds(...texts)).toEqual(['centers-for-disease-control-and-prevention']);
  });

  it('resolves a shortened company name to the full one', () => {
    expect(speakerIds('Northwind Motors closed a plant.', 'Northwind said the plant had been "a mistake."')).toEqual(['northwind-motors']);
  });

  it('resolves `the mayor` to the person who holds that title', () => {
    expect(speakerIds('Mayor Jane Porter toured the site.', '"We will rebuild," the mayor said.')).toEqual(['jane-porter']);
  });

  it('makes ids slugs of names', () => {
    expect(slugify("Farmers' Union")).toBe('farmers-union');
    expect(slugify('U.S. and Chinese officials')).toBe('us-and-chinese-officials');
    expect(slugify('José Martí')).toBe('jose-marti');
  });
});

describe('kinds', () => {
  it('knows a capital city speaking is a place', () => {
    expect(speakerOf('beijing', 'Beijing protested the sale, saying it "violated" the deal.')?.kind).toBe('place');
  });

  it('knows a name with an organisation word is an organisation', () => {
    expect(speakerOf('clean-rivers-coalition', 'The Clean Rivers Coalition said the plan was "too little."')?.kind).toBe('organization');
    // (Two capitalised words are read as a person's name otherwise: "Lumen Devices" is a company.)
    expect(speakerOf('lumen-devices', 'Lumen Devices said the phone was "worth the wait."')?.kind).toBe('organization');
    expect(speakerOf('harbor-point-properties', 'Harbor Point Properties said the claims were "baseless."')?.kind).toBe('organization');
  });

  it('treats a description of several people as a speaker of unknown kind', () => {
    expect(speakerOf('chinese-officials', 'Chinese officials said the plan was "unacceptable."')).toMatchObject({ name: 'Chinese officials', kind: 'unknown' });
  });
});

describe('pronouns', () => {
  it('skips a man when the pronoun is she', () => {
    expect(speakerIds('Tom Hadley criticised Ana Ruiz.', 'He told reporters the plan was "reckless."', 'Asked about Hadley, she said it was "prudent."')).toEqual([
      'tom-hadley',
      'ana-ruiz',
    ]);
  });

  it('learns a gender from a pronoun used earlier', () => {
    // Neither first name is in the lexicon. `she` goes to the most recent person, Mwangi; so the
    // later `he` skips Mwangi, although mentioned last, and goes to Okonkwo.
    const texts = ['Chidi Okonkwo met Baraka Mwangi.', '"We agreed," she said.', 'Okonkwo left before Mwangi.', '"It went well," he said.'];
    expect(speakerIds(...texts)).toEqual(['baraka-mwangi', 'chidi-okonkwo']);
  });

  it('resolves it to the most recent organisation', () => {
    expect(speakerIds('Jane Doe criticised the Harbor Authority.', 'It said in a statement that the plan was "sound."')).toEqual(['harbor-authority']);
  });
});

describe('stand-ins for a name', () => {
  it('resolves `the 24-year-old` to the person the sentence before opened with', () => {
    const texts = ['Kofi Mensah, who joined from Accra Lions in January, scored twice.', 'The 24-year-old said he had "never felt better."'];
    expect(speakerIds(...texts)).toEqual(['kofi-mensah']);
  });

  it('lets a spokesperson named after a body speak for it', () => {
    const texts = ['The Federal Aviation Administration declined to comment at first.', 'An FAA spokesperson later said the agency would act "in the coming days."'];
    expect(speakerIds(...texts)).toEqual(['federal-aviation-administration']);
  });

  it('keeps `the league` apart from a club named paragraphs earlier', () => {
    const texts = ['Westbrook United lost on Sunday.', 'The match was tense.', 'Fans were angry.', 'The league said the referee was "correct."'];
    expect(speakerIds(...texts)).toEqual(['league']);
  });

  it('reads a month after a first name as a surname: `Sen. Theresa May`', () => {
    expect(speakerIds('Sen. Theresa May said she would "try again" in May 2026.')).toEqual(['theresa-may']);
  });

  it('keeps party labels in the role: `Democrat Lena Ortiz`', () => {
    expect(speakerOf('lena-ortiz', 'Democrat Lena Ortiz told supporters that "the voters have spoken."')).toMatchObject({ role: 'Democrat' });
  });

  it('ends a lowercase role at a verb: `had put manager Elena Vasquez`', () => {
    const speaker = speakerOf('elena-vasquez', 'The run had put manager Elena Vasquez under pressure.', '"We answered," Vasquez said.');
    expect(speaker?.role).toBe('manager');
  });

  it('prefers a body that spoke in the paragraph for `it`: `Maersk said …; it said …`', () => {
    const got = extractQuotes(para('Maersk said last week that it would add a surcharge for Halden; it said on Monday the fee would be "dropped."'));
    expect(got.quotes.map((q) => q.speakerId)).toEqual(['maersk']);
  });
});

describe('appositives and bodies', () => {
  it('finds the speaker before an appositive that ends in another name and a relative clause', () => {
    const text = 'Johanna Berg, a lawyer with the Vienna-based group Privacy First, which filed the complaint, said the fine was "long overdue."';
    const { quotes, speakers } = extractQuotes(para(text));
    expect(quotes.map((q) => q.speakerId)).toEqual(['johanna-berg']);
    expect(speakers[0]?.role).toBe('lawyer with the Vienna-based group Privacy First');
  });

  it('takes a name introduced by a noun for a body as an organisation: `the group Privacy First`', () => {
    expect(speakerOf('privacy-first', 'The complaint came from the group Privacy First, which said the rules were "ignored."')?.kind).toBe('organization');
  });

  it('gives `the statement said` to the body that just issued a statement', () => {
    const texts = ['In a statement, Solara Networks called the fine "unjustified."', '"Millions rely on us," the statement said.'];
    expect(speakerIds(...texts)).toEqual(['solara-networks', 'solara-networks']);
  });

  it('keeps a role that runs through `of`: `the company’s president of global affairs, Marcus Feld`', () => {
    expect(speakerOf('marcus-feld', "The company's president of global affairs, Marcus Feld, said the firm was \"confident.\"")?.role).toBe(
      "company's president of global affairs",
    );
  });
});
