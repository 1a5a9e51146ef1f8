/**
 * What a command is: a transport-neutral definition plus a handler from parsed options to a Reply.
 * Transports (console, Discord gateway, HTTP interactions) turn their input into `OptionValues`
 * and render the Reply; they never know how a command works.
 */
import type { Library } from './library.ts';
import type { Reply } from './reply/types.ts';

export type OptionType = 'string' | 'boolean';

export interface OptionSpec {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** Offer suggestions while the user types (Discord autocomplete). */
  autocomplete?: boolean;
  maxLength?: number;
}

export type OptionValue = string | boolean;
export type OptionValues = Readonly<Record<string, OptionValue | undefined>>;

/** An autocomplete suggestion: a readable label and a stable value. */
export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  name: string;
  description: string;
  /** One example shown by /help, as typed in the console. */
  example: string;
  options: OptionSpec[];
  /** Not registered as a slash command (reached through buttons or the console only). */
  internal?: boolean;
  execute(library: Library, options: OptionValues): Reply;
  autocomplete?(library: Library, option: string, typed: string, options: OptionValues): Choice[];
}
