import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { configProblems } from './helpers/config-problems';

const fails = configProblems;

describe('configuration', () => {
  it('runs console-only with nothing set, and treats empty strings as unset', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '  ', PORT: '' });
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
    expect(config.seedsDir).toBe('seeds');
    expect(config.port).toBe(3000);
  });

  it('names the missing variable when a platform is half configured', () => {
    expect(fails({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      'SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set',
    ]);
    expect(fails({ DISCORD_TOKEN: 'abc' })).toEqual([
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set',
    ]);
    expect(fails({ SLACK_APP_TOKEN: 'xapp-1' })).toContain(
      'SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN is set',
    );
  });

  it('explains invalid values by variable name', () => {
    const problems = fails({ DIGEST_TIMEZONE: 'Mars/Olympus', PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(problems.some((p) => p.startsWith('DIGEST_TIMEZONE') && p.includes('Asia/Tokyo'))).toBe(true);
    expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_LEVEL'))).toBe(true);
  });

  it('reads a fully configured Slack and Discord', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DIGEST_TIMEZONE: 'Asia/Tokyo',
    });
    expect(config.slack?.appToken).toBeNull();
    expect(config.discord?.applicationId).toBe('123456789012345678');
    expect(config.digestTimezone).toBe('Asia/Tokyo');
  });
});

describe('Slack installers', () => {
  it('reads the installers as a list of user ids and rejects anything else', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(
      loadConfig({ ...base, SLACK_INSTALLER_USER_IDS: 'U012AB3CD, W045EF6GH' }).slack?.installerUserIds,
    ).toEqual(['U012AB3CD', 'W045EF6GH']);
    expect(loadConfig(base).slack?.installerUserIds).toEqual([]);
    expect(fails({ ...base, SLACK_INSTALLER_USER_IDS: '@everyone' })[0]).toMatch(
      /^SLACK_INSTALLER_USER_IDS must be Slack user ids/,
    );
  });
});

describe('NOW: replaying the folder as if on another day', () => {
  it('reads a day as the start of that day in UTC, and a time with its zone', () => {
    expect(loadConfig({ NOW: '2025-07-25' }).now?.toISOString()).toBe('2025-07-25T00:00:00.000Z');
    expect(loadConfig({ NOW: '2025-07-25T09:00+09:00' }).now?.toISOString()).toBe('2025-07-25T00:00:00.000Z');
    expect(loadConfig({ NOW: '' }).now).toBeNull();
    expect(loadConfig({}).now).toBeNull();
  });

  it('refuses a value that is no day, naming the variable', () => {
    for (const bad of ['yesterday', '2025-02-30', '25/07/2025', '2025-07-25T09:00']) {
      const problems = fails({ NOW: bad });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^NOW must be a date such as 2025-07-25/);
    }
  });
});
