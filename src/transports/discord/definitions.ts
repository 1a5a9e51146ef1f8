/**
 * The slash-command definitions Discord is sent at registration, made from the command registry,
 * so Discord's view can never drift from what the handlers accept. Internal commands (reached by
 * buttons only) are left out.
 */
import type { Command, OptionSpec } from '../../command.ts';
import { MAX_COMMAND_DESCRIPTION, truncate } from '../../reply/limits.ts';

/** Discord's application command option types for the option types the core uses. */
export const OPTION_TYPE = { string: 3, boolean: 5 } as const;
const CHAT_INPUT = 1;

export interface OptionDefinition {
  type: (typeof OPTION_TYPE)[keyof typeof OPTION_TYPE];
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
}

export interface CommandDefinition {
  type: typeof CHAT_INPUT;
  name: string;
  description: string;
  options: OptionDefinition[];
}

function toOption(spec: OptionSpec): OptionDefinition {
  const option: OptionDefinition = { type: OPTION_TYPE[spec.type], name: spec.name, description: truncate(spec.description, MAX_COMMAND_DESCRIPTION) };
  if (spec.required) option.required = true;
  if (spec.type === 'string' && spec.autocomplete) option.autocomplete = true;
  if (spec.type === 'string' && spec.maxLength !== undefined) option.max_length = spec.maxLength;
  return option;
}

/** Discord requires required options before optional ones; the sort keeps the order within each group. */
export function toCommandDefinitions(commands: readonly Command[]): CommandDefinition[] {
  return commands
    .filter((command) => !command.internal)
    .map((command) => ({
      type: CHAT_INPUT,
      name: command.name,
      description: truncate(command.description, MAX_COMMAND_DESCRIPTION),
      options: [...command.options].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required))).map(toOption),
    }));
}
