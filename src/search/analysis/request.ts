/**
 * Chat requests in the imperative or wrapped in politeness, turned into the question they ask:
 * "can you tell me who protested" → "who protested", "give me the value of the package" → "what
 * is the value of the package", "summarize Xi's view on Taiwan" → "Xi's view on Taiwan". The
 * wrapping words are no topic; left in, "give" and "want" would be words the text must contain.
 */

/** Politeness and asking-about-asking before the question itself. */
const WRAPPER =
  /^(?:(?:please|pls|hey|hi|so|ok|okay|and|quick question)\b[\s,:]*)*(?:(?:can|could|would|will) you\s+(?:please\s+)?|i(?:'d| would)? (?:like|want|need) to know\s+|i wonder\s+|do you know\s+|remind me\s+|tell me\s+(?:about\s+)?|(?:show|give) me\s+(?=(?:what|who|whom|when|where|why|how|which)\b)|(?:in|from|according to) (?:the|this) (?:article|story|text|report)[\s,:]+)+/i;
/** An imperative that asks for a thing: "give me the value", "show the quote", "list the topics". */
const ASK_FOR = /^(?:give|show|list|find|provide|state|tell)(?:\s+me)?\s+(?=(?:the|a|an|all|every|each)\b)/i;
/** An imperative that asks for an account: "summarize Xi's view", "explain strategic ambiguity". */
const ACCOUNT = /^(?:summari[sz]e|outline|explain|describe|recap)\s+/i;

export function questionOfRequest(text: string): string {
  let rest = text.replace(WRAPPER, '');
  rest = rest.replace(/^please\s+/i, '');
  if (ASK_FOR.test(rest)) return rest.replace(ASK_FOR, 'what is ');
  if (ACCOUNT.test(rest)) return rest.replace(ACCOUNT, '');
  // Nothing recognisable left (the whole text was "tell me about"): keep what was typed.
  return rest.trim() ? rest : text;
}
