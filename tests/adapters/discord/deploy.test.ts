import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index';
import { buildCommandData } from '../../../src/adapters/discord/command-data';
import { FakeDiscord } from '../../fakes/discord';

/** Runs `npm run discord:deploy`'s script as a user would, against the fake. */
function deploy(
  fake: FakeDiscord,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['src/adapters/discord/deploy.ts', ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starting tsx takes seconds, more on a busy machine. */
const SPAWN_TIMEOUT = 60_000;

describe('npm run discord:deploy', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it(
    'PUTs /tariffs, generated from the spec, to one guild with --guild',
    async () => {
      const r = await deploy(fake, ['--guild', '222222222222222222']);
      expect(r.stderr).not.toMatch(/Error/);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Registered 1 command \/tariffs .* guild 222222222222222222/);
      const put = await fake.waitForRequest(
        (req) =>
          req.method === 'PUT' &&
          req.path === `/applications/${fake.applicationId}/guilds/222222222222222222/commands`,
      );
      expect(put.headers.authorization).toBe(`Bot ${fake.token}`);
      expect(put.body).toEqual([buildCommandData(commands, 'guild')]);
      const subs = (put.body as { options: { name: string }[] }[])[0]!.options.map((o) => o.name);
      expect(subs).toEqual(commands.map((c) => c.name));
    },
    SPAWN_TIMEOUT,
  );

  it(
    'registers globally without --guild, installable by users, and prints the link to install it for oneself',
    async () => {
      const r = await deploy(fake, []);
      expect(r.code).toBe(0);
      const put = await fake.waitForRequest(
        (req) => req.method === 'PUT' && req.path === `/applications/${fake.applicationId}/commands`,
      );
      expect(put.body).toEqual([buildCommandData(commands, 'global')]);
      expect(r.stdout).toContain(
        `Install it for yourself: https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&integration_type=1&scope=applications.commands`,
      );
    },
    SPAWN_TIMEOUT,
  );

  it(
    'refuses a guild id that is not a number, before calling Discord',
    async () => {
      const before = fake.requests.length;
      const r = await deploy(fake, ['--guild', 'my-server']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--guild must be a numeric guild id/);
      expect(fake.requests.length).toBe(before);
    },
    SPAWN_TIMEOUT,
  );
});
