/**
 * Words that carry no topic of their own. They are left out of matching and coverage:
 * a question "answers" only through its content words. Kept as normalised forms (see tokenize).
 */
const FUNCTION_WORDS = `a about above after again against all am an and any are as at be because been before being
below between both but by can cant could couldnt did didnt do does doesnt doing dont down during each either
few for from further had hadnt has hasnt have havent having he her here hers herself him himself his i if in
into is isnt it its itself just me more most my myself no nor not of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was wasnt we were werent while will with wont
would you your yours yourself yourselves us also else any anyone anything ever every than whether yet
shall may might must ought upon via per much somewhere anywhere someplace someone somebody something anybody everybody everyone nobody whatever whoever whats whos wheres hows thats theres thing things stuff actual anyway anyways roughly approximately approx regarding concerning
toward towards among amongst across within without despite throughout along around next besides except
hed theyd youd itd ive youve weve theyve im youre theyre hes shes whod wholl theyll youll shouldve wouldve couldve
wouldnt shouldnt arent mustnt neednt mightnt`;

/** Interrogatives: they set the question type, never the topic. */
const QUESTION_WORDS = 'who whom whose what which when where why how';

/**
 * Verbs and fillers of the question form itself ("what did X say", "what happened", "tell me"):
 * news text uses "said" in almost every sentence, so as topic words they would match everything.
 */
const QUESTION_FORM_WORDS = `say says said saying tell tells told happen happens happened happening know
think thinks please explain describe mention mentioned mentions article report story text according exactly
really actually even currently latest recent recently newest earlier concrete main key major particular particularly specifically especially precisely basically right now kind sort get gets got gotten getting make makes made go goes went going come comes came
topic topics subject subjects willing supposedly allegedly apparently reportedly seemingly`;

const FUNCTION = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
const STOP = new Set(`${FUNCTION_WORDS} ${QUESTION_WORDS} ${QUESTION_FORM_WORDS}`.split(/\s+/).filter(Boolean));
const INTERROGATIVES = new Set(QUESTION_WORDS.split(' '));

export function isStopWord(norm: string): boolean {
  return STOP.has(norm);
}

export function isInterrogative(norm: string): boolean {
  return INTERROGATIVES.has(norm);
}

/** Articles, pronouns, prepositions, auxiliaries…: stop words other than the question's own verbs. */
export function isFunctionWord(norm: string): boolean {
  return FUNCTION.has(norm);
}
