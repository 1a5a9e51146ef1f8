import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { registerCommands } from '../../src/transports/discord/register.ts';
import { FakeDiscord } from '../fake-discord/server.ts';
import { fakeEnv } from './helpers.ts';
import { runTs } from './processes.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.close());

describe.concurrent('npm run register', () => {
  it('registers the five public commands to the server named by DISCORD_GUILD_ID and prints their names', async () => {
    const guildId = fake.guilds[0]!.id;
    const run = await runTs('scripts/register.ts', fakeEnv(fake, { DISCORD_GUILD_ID: guildId }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`Registered 5 commands to server ${guildId}: /ask, /quote, /timeline, /articles, /help`);
    const registration = fake.registrations.find((r) => r.scope === 'guild');
    expect(registration?.guildId).toBe(guildId);
    expect(registration?.commands.map((c) => c.name)).toEqual(['ask', 'quote', 'timeline', 'articles', 'help']);
  });

  it('exits non-zero saying the token is wrong on 401, without printing the token', async () => {
    const wrong = `${'x'.repeat(24)}.wrong.token-value`;
    const run = await runTs('scripts/register.ts', fakeEnv(fake, { DISCORD_TOKEN: wrong }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rejected DISCORD_TOKEN .*401/);
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });
});

describe('registerCommands', () => {
  it('registers globally when no server is named', async () => {
    const result = await registerCommands(loadConfig(fakeEnv(fake), { mode: 'console' }));
    expect(result).toEqual({ scope: 'global', names: ['ask', 'quote', 'timeline', 'articles', 'help'] });
    expect(fake.registrations.at(-1)?.scope).toBe('global');
  });

  it('explains a 403 for a server the bot was not invited to', async () => {
    const config = loadConfig(fakeEnv(fake, { DISCORD_GUILD_ID: '123456789012345678' }), { mode: 'console' });
    await expect(registerCommands(config)).rejects.toThrow(/403 Forbidden.*invited to server 123456789012345678 with the "bot applications.commands" scopes/);
  });

  it('says which settings are missing', async () => {
    const config = loadConfig({ DISCORD_API_URL: fake.apiUrl }, { mode: 'console' });
    await expect(registerCommands(config)).rejects.toThrow('Registering commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  });

  it('explains an unreachable API address', async () => {
    const config = loadConfig(fakeEnv(fake, { DISCORD_API_URL: 'http://127.0.0.1:9/api' }), { mode: 'console' });
    await expect(registerCommands(config)).rejects.toThrow(/Could not reach Discord at http:\/\/127.0.0.1:9\/api/);
  });
});
