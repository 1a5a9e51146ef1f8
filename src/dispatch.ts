/**
 * The one entry point transports use: validate the options against the command's definition,
 * run it, and turn any failure into an error Reply. User mistakes get a message that says what
 * to do; unexpected failures are logged (command name only, never the input) and answered with
 * a generic message, so one bad request can never take the bot down.
 */
import { COMMANDS, findCommand } from '../commands/index.ts';
import type { Choice, Command, OptionValues } from './command.ts';
import type { Library } from './library.ts';
import { describeError, type Logger } from './log.ts';
import type { ErrorReply, Reply } from './reply/types.ts';
import { UserError } from './errors.ts';

/** How a boolean option may be typed (the console's `private:yes`). */
export const TRUE_WORDS = /^(?:true|yes|on|1)$/i;
export const FALSE_WORDS = /^(?:false|no|off|0)$/i;
/** Longest text option we accept; Discord allows more, but no sensible question is longer. */
export const MAX_OPTION_LENGTH = 500;
// Control characters other than tab/newline, and the Unicode bidi overrides that can disguise text.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export { UserError };

export function errorReply(command: string, message: string): ErrorReply {
  return { command, status: 'error', message };
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Checks and normalises options; throws UserError with a message that names the option. */
export function validateOptions(command: Command, raw: OptionValues): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  const known = new Set(command.options.map((o) => o.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) {
      const list = command.options.map((o) => o.name).join(', ') || 'none';
      throw new UserError(`/${command.name} has no option "${name}" (its options: ${list}).`);
    }
  }
  for (const spec of command.options) {
    const value = raw[spec.name];
    if (value === undefined) {
      if (spec.required) throw new UserError(`/${command.name} needs ${spec.name}: try ${command.example}`);
      continue;
    }
    if (spec.type === 'boolean') {
      if (typeof value === 'boolean') values[spec.name] = value;
      else if (TRUE_WORDS.test(String(value))) values[spec.name] = true;
      else if (FALSE_WORDS.test(String(value))) values[spec.name] = false;
      else throw new UserError(`${spec.name} must be true or false, not "${String(value).slice(0, 20)}".`);
      continue;
    }
    const text = String(value);
    const bad = FORBIDDEN_CHARACTERS.exec(text);
    if (bad) throw new UserError(`${spec.name} contains a control character (${codePoint(bad[0])}); remove it and try again.`);
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!trimmed) {
      if (spec.required) throw new UserError(`${spec.name} is empty: try ${command.example}`);
      continue;
    }
    const limit = spec.maxLength ?? MAX_OPTION_LENGTH;
    const length = [...trimmed].length;
    if (length > limit) throw new UserError(`${spec.name} is too long (${length} characters); keep it under ${limit}.`);
    values[spec.name] = trimmed;
  }
  return values;
}

export function runCommand(library: Library, name: string, options: OptionValues, logger?: Logger): Reply {
  const command = findCommand(name);
  if (!command) {
    const names = COMMANDS.filter((c) => !c.internal).map((c) => `/${c.name}`).join(', ');
    return errorReply(name || 'unknown', `Unknown command "/${name}". Try one of: ${names}.`);
  }
  try {
    const values = validateOptions(command, options);
    const reply = command.execute(library, values);
    if (values.private === true) reply.private = true;
    return reply;
  } catch (error) {
    if (error instanceof UserError) return errorReply(command.name, error.message);
    logger?.error('command_failed', { command: command.name, error: describeError(error) });
    return errorReply(command.name, 'Something went wrong while answering; it has been logged. Please try again.');
  }
}

/** Autocomplete never throws: on any problem it offers nothing. */
export function runAutocomplete(library: Library, name: string, option: string, typed: string, options: OptionValues, logger?: Logger): Choice[] {
  const command = findCommand(name);
  if (!command?.autocomplete) return [];
  try {
    return command.autocomplete(library, option, String(typed ?? '').slice(0, MAX_OPTION_LENGTH), options);
  } catch (error) {
    logger?.error('autocomplete_failed', { command: name, option, error: describeError(error) });
    return [];
  }
}
