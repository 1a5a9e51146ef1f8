/**
 * Synthetic news articles (about 8 paragraphs each) for the benchmark and for trying the console at
 * scale. Seeded, so the same count gives the same files. `bench/generate.ts` writes a folder of them.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COUNTRIES, FIRST_NAMES, LAST_NAMES, MONTHS, ORGANIZATIONS, PLACES, ROLES, TOPICS, WEEKDAYS } from './vocabulary.ts';

/** A small seeded PRNG (mulberry32): reproducible articles without a dependency. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  slug: string;
  title: string;
  published: string;
  paragraphs: string[];
}

export function generateArticle(n: number, seed = 1): GeneratedArticle {
  const rnd = random(seed * 100_003 + n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const num = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const topic = pick(TOPICS);
  const place = pick(PLACES);
  const org = pick(ORGANIZATIONS);
  const people = Array.from({ length: 4 }, () => ({ first: pick(FIRST_NAMES), last: pick(LAST_NAMES), role: pick(ROLES) }));
  const [lead, critic, expert, resident] = people as [typeof people[0], typeof people[0], typeof people[0], typeof people[0]];
  const noun = () => pick(topic.nouns);
  const verb = () => pick(topic.verbs);
  const adj = () => pick(topic.adjectives);
  const money = () => `$${num(1, 900)}${rnd() < 0.5 ? ' million' : ',000'}`;
  const day = pick(WEEKDAYS);
  const month = pick(MONTHS);
  const year = num(2019, 2026);

  const paragraphs = [
    `The ${place} ${org} ${verb()} a plan on ${day} that would change how the city handles its ${noun()} and ${noun()}, officials said, after months of debate over ${adj()} ${noun()}.`,
    `The proposal sets aside ${money()} for ${adj()} ${noun()} and another ${money()} for ${noun()} in ${pick(PLACES)}. Supporters said the money would reach about ${num(2, 90)},${num(100, 999)} residents by ${month} ${year}.`,
    `"This is the most ${adj()} decision we have made in a decade," said ${lead.first} ${lead.last}, the ${lead.role} of the ${org}. "We cannot let ${noun()} decide who keeps their ${noun()} and who loses it."`,
    `${critic.first} ${critic.last}, a ${critic.role} from ${pick(PLACES)}, called the plan "a ${adj()} gamble with ${noun()}" and said opponents would push to revisit it next year. ${critic.last} warned that the ${noun()} could fall by ${num(3, 40)}% if nothing changed.`,
    `${expert.first} ${expert.last}, a ${expert.role} who studies ${noun()} at the University of ${pick(PLACES)}, said similar ${noun()} in ${pick(COUNTRIES)} had ${verb()} ${noun()} within ${num(2, 11)} years. "The evidence is mixed," ${expert.last} said.`,
    `Residents were divided. ${resident.first} ${resident.last}, who has lived in ${place} for ${num(5, 50)} years, said the ${adj()} ${noun()} near her home had been ${verb()} twice since ${year - num(1, 6)}.`,
    `The ${org} will hold a public hearing on ${pick(WEEKDAYS)}, and a final vote is expected in ${pick(MONTHS)}. About ${num(100, 2000)} people have signed a petition asking for ${adj()} ${noun()}.`,
    `Since then, ${num(2, 12)} other towns have ${verb()} their own ${noun()}, according to the ${pick(ORGANIZATIONS)}. Officials said the first ${noun()} would be ${verb()} by ${pick(MONTHS)} ${year + 1}.`,
  ];
  const slug = `bench-${String(n).padStart(5, '0')}-${topic.name}-${place.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const title = `${place} ${org} moves on ${topic.name} plan`;
  const published = `${year}-${String(num(1, 12)).padStart(2, '0')}-${String(num(1, 28)).padStart(2, '0')}`;
  return { slug, title, published, paragraphs };
}

export function toMarkdown(article: GeneratedArticle): string {
  return `---\ntitle: "${article.title}"\npublished: ${article.published}\nsource: "Synthetic benchmark article"\n---\n\n${article.paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles into `dir` (emptied of earlier generated `.md` files first). */
export function generateFolder(dir: string, count: number, seed = 1): GeneratedArticle[] {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.startsWith('bench-') && file.endsWith('.md')) rmSync(path.join(dir, file));
  const articles = Array.from({ length: count }, (_, i) => generateArticle(i + 1, seed));
  for (const article of articles) writeFileSync(path.join(dir, `${article.slug}.md`), toMarkdown(article));
  return articles;
}

