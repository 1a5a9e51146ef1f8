/** `npm run register`: registers the slash commands with Discord (see src/transports/discord/register.ts). */
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from '../src/config.ts';
import { registerCommands, RegistrationError } from '../src/transports/discord/register.ts';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  // Registration works the same whichever mode the bot later runs in.
  const config = loadConfig(process.env, { mode: 'console' });
  const result = await registerCommands(config);
  const where = result.scope === 'guild' ? `to server ${result.guildId}` : 'globally (every server the bot is in)';
  console.log(`Registered ${result.names.length} commands ${where}: ${result.names.map((n) => `/${n}`).join(', ')}`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof RegistrationError;
  process.stderr.write(`${known ? (error as Error).message : `Registration failed: ${String(error)}`}\n`);
  process.exitCode = 1;
});
