/**
 * Verbs that report speech, with every inflection generated from the base form, so
 * `emphasized`, `emphasizes` and `emphasizing` are all found without listing them.
 */

/** How a verb carries what was said. */
export type SpeechVerbClass =
  /** Takes a clause: `said (that) the plan would fail`, `told reporters the plan…`. */
  | 'clause'
  /** Takes a noun phrase that is itself what was said, but only a long one counts: `reiterated Beijing's support for…`. */
  | 'object'
  /** Frames a quotation or a judgement, never a reported clause: `called it "…"`, `condemned the plan`. */
  | 'frame';

export type SpeechVerbForm = 'base' | 'present' | 'past' | 'ing';

export interface SpeechVerb {
  base: string;
  form: SpeechVerbForm;
  verbClass: SpeechVerbClass;
  /** Verbs that take a listener before the clause: `told reporters that…`, `urged Northwind to…`. */
  takesListener: boolean;
  /** The particle a phrasal verb needs right after it: `out` in `pointed out that…`. */
  particle?: string;
}

const CLAUSE_VERBS = `say tell add state declare note observe explain argue contend claim insist maintain
  assert stress emphasize emphasise underline underscore warn caution predict forecast estimate
  suggest propose recommend complain lament counter retort write tweet testify
  report recall conclude concede admit acknowledge promise pledge vow threaten urge ask answer reply
  respond inform assure remind advise demand plead hint indicate signal allege charge accuse
  comment remark mention speculate joke quip boast wonder concur recount affirm reaffirm
  reiterate repeat confirm announce reveal disclose deny`;

const OBJECT_VERBS = new Set(
  `reiterate repeat confirm announce reveal disclose deny affirm reaffirm acknowledge admit recall`.split(/\s+/),
);

const FRAME_VERBS = `call describe label dub term characterize characterise refer praise hail criticize criticise
  condemn denounce decry slam blast protest question challenge dismiss reject welcome applaud
  thank blame credit
  shout yell scream cry exclaim whisper mutter sigh laugh chuckle fume snap gush grumble muse reflect
  reason continue marvel scoff`;

const LISTENER_VERBS = new Set(`tell urge ask inform assure remind advise warn caution brief promise`.split(/\s+/));

/** Irregular forms, and regular ones whose consonant doubles (`admitted`). */
const IRREGULAR: Record<string, { past: string; ing?: string; present?: string }> = {
  say: { past: 'said', present: 'says' },
  tell: { past: 'told' },
  write: { past: 'wrote', ing: 'writing' },
  admit: { past: 'admitted', ing: 'admitting' },
  refer: { past: 'referred', ing: 'referring' },
  quip: { past: 'quipped', ing: 'quipping' },
  forecast: { past: 'forecast' },
  testify: { past: 'testified', present: 'testifies' },
  snap: { past: 'snapped', ing: 'snapping' },
};

function inflect(base: string): Record<SpeechVerbForm, string> {
  const irregular = IRREGULAR[base];
  const consonantY = /[^aeiou]y$/.test(base);
  const regularPast = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const regularIng = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  const regularPresent = consonantY
    ? `${base.slice(0, -1)}ies`
    : /(s|sh|ch|x|z)$/.test(base)
      ? `${base}es`
      : `${base}s`;
  return {
    base,
    present: irregular?.present ?? regularPresent,
    past: irregular?.past ?? regularPast,
    ing: irregular?.ing ?? regularIng,
  };
}

function buildTable(): Map<string, SpeechVerb[]> {
  const table = new Map<string, SpeechVerb[]>();
  const add = (bases: string, verbClassOf: (base: string) => SpeechVerbClass) => {
    for (const base of bases.trim().split(/\s+/)) {
      const forms = inflect(base);
      for (const form of Object.keys(forms) as SpeechVerbForm[]) {
        const word = forms[form];
        const entry: SpeechVerb = { base, form, verbClass: verbClassOf(base), takesListener: LISTENER_VERBS.has(base) };
        const list = table.get(word) ?? [];
        if (!list.some((e) => e.base === base && e.form === form)) list.push(entry);
        table.set(word, list);
      }
    }
  };
  add(CLAUSE_VERBS, (base) => (OBJECT_VERBS.has(base) ? 'object' : 'clause'));
  add(FRAME_VERBS, () => 'frame');
  return table;
}

const TABLE = buildTable();

/**
 * Phrasal verbs that report speech only with their particle: `pointed out that…`,
 * `spelled out`; `pointed to the data` is not speech.
 */
const PHRASAL_VERBS: Record<string, string> = { point: 'out', spell: 'out' };

const PHRASAL_TABLE = (() => {
  const table = new Map<string, SpeechVerb>();
  for (const [base, particle] of Object.entries(PHRASAL_VERBS)) {
    const forms = inflect(base);
    for (const form of ['past', 'present', 'ing'] as const) {
      table.set(forms[form], { base, form, verbClass: 'clause', takesListener: false, particle });
    }
  }
  return table;
})();

/** `pointed` followed by `out`: the phrasal speech verb, or undefined. */
export function phrasalSpeechVerb(word: string, next: string | undefined): SpeechVerb | undefined {
  const verb = PHRASAL_TABLE.get(word.toLowerCase());
  return verb && verb.particle === next?.toLowerCase() ? verb : undefined;
}

/**
 * The speech verb a word is, if any. A word that is both a past tense and a participle
 * (`said`) is reported as `past`; `base` forms (`say`) are only speech in the present plural.
 */
export function speechVerb(word: string): SpeechVerb | undefined {
  const entries = TABLE.get(word.toLowerCase());
  if (!entries) return undefined;
  const rank: Record<SpeechVerbForm, number> = { past: 0, present: 1, ing: 2, base: 3 };
  return [...entries].sort((a, b) => rank[a.form] - rank[b.form])[0];
}

/**
 * A speech verb in a form that cannot be a noun (`said`, `says`, `saying`): bare forms such as
 * `state`, `report` or `claim` are far more often nouns (`state health officials`).
 */
export function isInflectedSpeechVerb(word: string): boolean {
  const verb = speechVerb(word);
  return verb !== undefined && verb.form !== 'base';
}
