import { describe, expect, it } from 'vitest';
import type { PlatformAdapter, PlatformEntry } from '../../src/app/platform';
import { createPlatforms, PLATFORM_REGISTRY } from '../../src/app/platforms';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';
import { PLATFORMS } from '../../src/platforms/names';
import { seedBot } from '../helpers/bot';

const SLACK_ENV = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' };
const DISCORD_ENV = { DISCORD_TOKEN: 'token', DISCORD_APPLICATION_ID: '123456789012345678' };

/** A platform made up for the test: records whether its code was loaded. */
function madeUp(name: PlatformAdapter['name'], configured: boolean, loaded: string[]): PlatformEntry {
  return {
    name,
    isConfigured: () => configured,
    load: async () => {
      loaded.push(name);
      return async () => ({ name, start: async () => undefined, stop: async () => undefined });
    },
  };
}

describe('the platform registry', () => {
  it('creates the configured platforms in the registry order and loads no other', async () => {
    const bot = await seedBot();
    const loaded: string[] = [];
    const registry = [madeUp('slack', false, loaded), madeUp('discord', true, loaded)];
    const made = await createPlatforms(loadConfig({}), bot, silentLogger, registry);
    expect(made.map((p) => p.name)).toEqual(['discord']);
    expect(loaded).toEqual(['discord']);
  });

  it('lists each platform once, each turned on by its own settings', () => {
    const names = PLATFORM_REGISTRY.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    // The registry and the declared names (types, schemas, SQL CHECKs) list the same platforms.
    expect([...names].sort()).toEqual([...PLATFORMS].sort());
    const on = (env: Record<string, string>) =>
      PLATFORM_REGISTRY.filter((p) => p.isConfigured(loadConfig(env))).map((p) => p.name);
    expect(on({})).toEqual([]);
    expect(on(SLACK_ENV)).toEqual(['slack']);
    expect(on(DISCORD_ENV)).toEqual(['discord']);
    expect(on({ ...SLACK_ENV, ...DISCORD_ENV })).toEqual(['slack', 'discord']);
  });

  it('loads the code of each platform to an adapter factory', async () => {
    for (const platform of PLATFORM_REGISTRY)
      expect(typeof (await platform.load()), platform.name).toBe('function');
  });
});
