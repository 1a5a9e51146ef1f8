import type { Command } from '../src/command.ts';
import type { HelpReply } from '../src/reply/types.ts';
import { PRIVATE_OPTION } from './options.ts';

/** Built lazily from the registry so /help can never fall out of step with the commands. */
export function createHelp(list: () => readonly Command[]) {
  return {
    name: 'help',
    description: 'What the bot can do, with one example per command',
    example: '/help',
    options: [PRIVATE_OPTION],
    execute(): HelpReply {
      return {
        command: 'help',
        status: 'answered',
        commands: list()
          .filter((c) => !c.internal)
          .map((c) => ({ name: c.name, description: c.description, example: c.example })),
      };
    },
  } satisfies Command;
}
