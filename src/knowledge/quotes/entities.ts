/**
 * The people and bodies an article mentions, in the order it mentions them. Resolves short
 * forms to the full name introduced earlier (`President Xi` → `Xi Jinping`, `Northwind` →
 * `Northwind Motors`), bare descriptions to the body they refer to (`the union` →
 * `Farmers' Union`) and pronouns to the most recent mention that fits.
 */
import type { SpeakerKind } from '../types.ts';
import {
  type Entity,
  type Gender,
  POSITIONS_PER_PARAGRAPH,
  classifyName,
  genderPrior,
  isCourtesyTitle,
  isAcronymOf,
  nameCore,
  personLike,
  sameWords,
  wordsOf,
} from './entity-kinds.ts';
import { isKnownPlace } from './lexicon.ts';

export { type Entity, type Gender, POSITIONS_PER_PARAGRAPH } from './entity-kinds.ts';

/** How a name is used where it is mentioned. */
export interface NameUse {
  role?: string | undefined;
  written?: string;
  /** It opens its sentence (or speaks): a likely referent for `the 24-year-old`. */
  opensSentence?: boolean;
  /** The text presents it as an organisation. */
  body?: boolean;
}

/**
 * Bodies a country has one of (`the government`, `the police`): a bare mention is its own
 * speaker, not a pointer back to the last organisation named.
 */
const STANDALONE_BODIES = new Set(`government police military army navy court senate congress parliament legislature
  administration cabinet authorities prosecutor prosecutors`.split(/\s+/));

/** Heads that name a business, and name words that say a body is something else (a union, a public agency). */
const BUSINESS_HEADS = new Set(`company firm carmaker automaker operator carrier airline retailer manufacturer maker insurer
  lender developer publisher broadcaster startup provider supplier`.split(/\s+/));
const NON_BUSINESS_NAME_WORDS = new Set(`union unions association federation ministry department commission council committee
  court police agency administration bureau office authority government league coalition alliance party institute
  university school hospital foundation charity`.split(/\s+/));

/** `the company` is never the `Maritime Workers Union` or the `Federal Trade Commission`. */
function headFits(e: Entity, head: string): boolean {
  if (!BUSINESS_HEADS.has(head)) return true;
  return !wordsOf(e.name).some((w) => NON_BUSINESS_NAME_WORDS.has(w.toLowerCase().replace(/['’]s?$/, '')));
}

export class EntityRegistry {
  private readonly entities: Entity[] = [];
  private readonly mentions: Array<{ entity: Entity; position: number; speaking: boolean }> = [];

  all(): Entity[] {
    return [...this.entities];
  }

  /** Records a mention; `speaking` when it opens its sentence or is the subject of a speech verb. */
  mention(entity: Entity, position: number, speaking = false): void {
    this.mentions.push({ entity, position, speaking });
  }

  /** The most recent entity mentioned before `position` (and from `since` on) that passes `fits`. */
  private mostRecent(position: number, fits: (e: Entity) => boolean, onlySpeaking = false, since = 0): Entity | undefined {
    let best: { entity: Entity; position: number } | undefined;
    for (const m of this.mentions) {
      if (onlySpeaking && !m.speaking) continue;
      if (m.position < position && m.position >= since && (!best || m.position > best.position) && fits(m.entity)) best = m;
    }
    return best?.entity;
  }

  /** Marks the latest mention of `entity` as the subject of a speech verb. */
  markSpeaking(entity: Entity): void {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m?.entity === entity) {
        m.speaking = true;
        return;
      }
    }
  }

  /** An entity already known by this name or a longer form of it. */
  private findNamed(name: string, position: number): Entity | undefined {
    const lower = name.toLowerCase();
    const exact = this.entities.find((e) => e.name.toLowerCase() === lower || [...e.aliases].some((a) => a.toLowerCase() === lower));
    if (exact) return exact;
    const words = wordsOf(name);
    const isPlace = isKnownPlace(name);
    const endsWith = (e: Entity) => {
      const full = nameCore(e.name);
      return e.named && personLike(e) && full.length > words.length && sameWords(full.slice(-words.length), words);
    };
    const startsWith = (e: Entity) => {
      const full = wordsOf(e.name);
      const kindFits = personLike(e) || (e.kind === 'organization' && !isPlace);
      return e.named && kindFits && full.length > words.length && sameWords(full.slice(0, words.length), words);
    };
    const acronym = (e: Entity) => e.named && e.kind !== 'person' && isAcronymOf(name, e.name);
    return this.mostRecent(position + 1, endsWith) ?? this.mostRecent(position + 1, startsWith) ?? this.mostRecent(position + 1, acronym);
  }

  /**
   * Registers a name (first pass over the whole article, in order; again for each speaker).
   * `written` is the form in the text, title included (`President Xi`); `body` says the text
   * introduced it as an organisation (`the group Privacy First`).
   */
  addName(name: string, position: number, how: NameUse = {}): Entity {
    const { role, written = name, opensSentence = false, body = false } = how;
    let entity = this.findNamed(name, position);
    if (entity) {
      if (entity.name !== name) entity.aliases.add(name);
    } else {
      // A short form seen before its full name (`Xi` … `Xi Jinping`): grow the earlier entity.
      const words = wordsOf(name);
      entity = this.entities.find((e) => {
        const short = wordsOf(e.name);
        return e.named && e.kind !== 'place' && e.kind !== 'organization' && short.length < words.length &&
          (sameWords(words.slice(-short.length), short) || sameWords(words.slice(0, short.length), short));
      });
      if (entity) {
        entity.aliases.add(entity.name);
        entity.name = name;
        entity.kind = classifyName(name, role ?? entity.role);
      } else {
        entity = { name, kind: classifyName(name, role), aliases: new Set(), plural: false, named: true };
        this.entities.push(entity);
      }
    }
    if (written !== entity.name) entity.aliases.add(written);
    if (body && entity.role === undefined && entity.kind !== 'place') entity.kind = 'organization';
    if (role !== undefined) {
      // "Dr. Karen Holt, Lakeside's chief executive": the courtesy title gives way to the role.
      if (entity.role === undefined || (isCourtesyTitle(entity.role) && !isCourtesyTitle(role))) entity.role = role;
      if (entity.kind === 'unknown') entity.kind = 'person';
    }
    const prior = entity.gender ?? genderPrior(entity.name, entity.role);
    if (prior) entity.gender = prior;
    this.mention(entity, position, opensSentence);
    return entity;
  }

  /** `the union`, `Chinese officials`, `a White House official`, `the mayor`. */
  addDescription(
    text: string,
    head: string,
    headKind: 'org' | 'group' | 'person',
    reference: { bare: boolean; definite: boolean; epithet?: boolean },
    position: number,
  ): Entity {
    if (reference.epithet) {
      // `The 24-year-old said`, `the Spaniard added`: the person the story is about just now,
      // the last one to open a sentence or speak rather than the last one named in passing.
      const person = this.mostRecent(position, personLike, true) ?? this.mostRecent(position, personLike);
      if (person) {
        this.mention(person, position);
        return person;
      }
    }
    if (reference.definite && headKind === 'person') {
      // `the mayor` after `Mayor Jane Smith`; `the company's chief executive` after `Chief executive Karen Liu`.
      const holder = this.mostRecent(position, (e) => e.kind === 'person' && (e.role?.toLowerCase().split(/\s+/).includes(head) ?? false));
      if (holder) {
        holder.aliases.add(text);
        this.mention(holder, position);
        return holder;
      }
    }
    if (reference.bare && headKind === 'org') {
      // `the union` → the last body whose name says union; `the agency`, `the company` → a body named
      // in this paragraph or the one before (farther back, `the league` is more likely a body never named).
      const previousParagraph = (Math.floor(position / POSITIONS_PER_PARAGRAPH) - 1) * POSITIONS_PER_PARAGRAPH;
      // Among those, one that has spoken wins over one named in passing (`300 Orbitline technicians`).
      const namedBody = (e: Entity) => e.named && e.kind === 'organization' && headFits(e, head);
      const named =
        this.mostRecent(position, (e) => namedBody(e) && e.name.toLowerCase().includes(head)) ??
        (STANDALONE_BODIES.has(head)
          ? undefined
          : (this.mostRecent(position, namedBody, true, previousParagraph) ?? this.mostRecent(position, namedBody, false, previousParagraph)));
      if (named) {
        named.aliases.add(`the ${head}`);
        this.mention(named, position);
        return named;
      }
    }
    let entity = this.entities.find((e) => !e.named && e.name.toLowerCase() === text.toLowerCase());
    if (!entity) {
      const kind: SpeakerKind = headKind === 'org' ? 'organization' : headKind === 'person' ? 'person' : 'unknown';
      entity = { name: text, kind, aliases: new Set(), plural: headKind === 'group', named: false };
      this.entities.push(entity);
    }
    this.mention(entity, position);
    return entity;
  }

  /**
   * `Maersk said …; it said …`: a body that spoke earlier in the paragraph is a likelier `it`
   * than a place or body merely named since.
   */
  private speakerFirst(position: number, fits: (e: Entity) => boolean): Entity | undefined {
    const paragraphStart = Math.floor(position / POSITIONS_PER_PARAGRAPH) * POSITIONS_PER_PARAGRAPH;
    return this.mostRecent(position, fits, true, paragraphStart) ?? this.mostRecent(position, fits);
  }

  /** The first person named after `position` and before `until` that passes `fits`. */
  private firstAfter(position: number, until: number, fits: (e: Entity) => boolean): Entity | undefined {
    let best: { entity: Entity; position: number } | undefined;
    for (const m of this.mentions) {
      if (m.position > position && m.position < until && (!best || m.position < best.position) && m.entity.named && fits(m.entity)) best = m;
    }
    return best?.entity;
  }

  /**
   * `he`, `she`, `it`, `they`: the most recent mention that fits, learning a person's gender from it.
   * `"We will appeal," she said. Maria Lopez, the tenants' lawyer, …`: with nobody fitting before,
   * `he`/`she` looks ahead to the first fitting person named before `until` (the next sentence's end).
   */
  resolvePronoun(pronoun: string, position: number, until = position): Entity | undefined {
    let entity: Entity | undefined;
    if (pronoun === 'he' || pronoun === 'she') {
      const gender: Gender = pronoun === 'he' ? 'male' : 'female';
      const fits = (e: Entity) => personLike(e) && (e.gender === undefined || e.gender === gender);
      // `Linda Park, who owns a bakery near Russo's store, disagreed. She…`: the person a sentence of
      // this paragraph is about outranks one named in passing since.
      entity = this.speakerFirst(position, fits) ?? this.firstAfter(position, until, fits);
      if (entity) entity.gender ??= gender;
    } else if (pronoun === 'it') {
      // An unknown single name (`Maersk`) may be a body too; a person never is.
      const body = (e: Entity) => e.kind === 'organization' || e.kind === 'place' || (e.kind === 'unknown' && e.named && !personLike(e));
      entity = this.speakerFirst(position, (e) => !e.plural && body(e));
    } else if (pronoun === 'they') {
      entity = this.speakerFirst(position, (e) => e.plural || e.kind === 'organization');
    }
    if (entity) this.mention(entity, position);
    return entity;
  }
}
