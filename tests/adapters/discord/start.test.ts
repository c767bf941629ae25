import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../fakes/discord';
import { chatInput } from '../../fakes/discord-payloads';
import { ALICE } from './harness';

describe('npm start with Discord configured', () => {
  let fake: FakeDiscord;
  let child: ChildProcess;
  let stderr = '';
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tariffs-discord-'));
    fake = await FakeDiscord.start();
    child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        // A trailing slash, as .env files often have it.
        DISCORD_API_URL: `${fake.apiUrl}/`,
        LOG_LEVEL: 'info',
        DATABASE_PATH: join(dir, 'bot.sqlite'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('connects to Discord, answers /tariffs, and shuts down cleanly on SIGTERM', async () => {
    await fake.waitForFrame((f) => f.op === 2, 50_000);
    const payload = chatInput(
      { applicationId: fake.applicationId, guildId: fake.guildId, channelId: fake.channelId, user: ALICE },
      'tariffs',
      'help',
    );
    // The client is ready once the guild has arrived; give it a moment after IDENTIFY.
    for (let i = 0; i < 50 && !/discord ready/.test(stderr); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(stderr).toMatch(/discord ready/);
    fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await fake.waitForRequest(
      (r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    );
    expect((callback.body as { type: number }).type).toBe(4);
    // SIGTERM is handled once start-up has finished (the digest scheduler starts after Discord).
    for (let i = 0; i < 100 && !/digests running/.test(stderr); i++)
      await new Promise((r) => setTimeout(r, 100));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/not built yet/);
  }, 60_000);
});
