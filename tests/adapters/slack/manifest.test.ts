import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index';
import { buildManifest } from '../../../src/adapters/slack/manifest';
import { manifestCli } from '../../../src/adapters/slack/manifest-cli';

describe('the Slack app manifest', () => {
  it('declares /tariffs with a usage hint naming every command of the spec', () => {
    const manifest = buildManifest(commands, { baseUrl: 'https://bot.example.com/', socketMode: false });
    const [slash] = manifest.features.slash_commands;
    expect(slash!.command).toBe('/tariffs');
    for (const c of commands) expect(slash!.usage_hint).toContain(c.usage);
    expect(slash!.url).toBe('https://bot.example.com/slack/events');
  });

  it('asks for the scopes and events the bot uses and points events and buttons at the bot', () => {
    const manifest = buildManifest(commands, { baseUrl: 'https://bot.example.com', socketMode: false });
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'users:read']),
    );
    expect(manifest.settings.event_subscriptions).toEqual({
      request_url: 'https://bot.example.com/slack/events',
      bot_events: ['app_mention', 'message.im', 'app_home_opened'],
    });
    expect(manifest.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: 'https://bot.example.com/slack/events',
    });
  });

  it('enables the Home tab, which the bot publishes on app_home_opened, beside the Messages tab', () => {
    const manifest = buildManifest(commands, { baseUrl: 'https://bot.example.com', socketMode: false });
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
  });

  it('needs no public URL in Socket Mode', () => {
    const manifest = buildManifest(commands, { baseUrl: 'https://unused.example', socketMode: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain('unused.example');
  });

  it('is written by npm run slack:manifest, and a bad URL is refused with the usage', () => {
    const files = new Map<string, string>();
    let stderr = '';
    const io = {
      stdout: () => {},
      stderr: (t: string) => {
        stderr += t;
      },
      writeFile: (p: string, t: string) => void files.set(p, t),
    };
    expect(manifestCli(['--url', 'https://bot.example.com', '--out'], io)).toBe(0);
    const written = JSON.parse(files.get('slack-manifest.json')!) as {
      features: { slash_commands: { url: string }[] };
    };
    expect(written.features.slash_commands[0]!.url).toBe('https://bot.example.com/slack/events');
    expect(manifestCli(['--url', 'not a url'], io)).toBe(2);
    expect(stderr).toMatch(/--url must be an http\(s\) URL[\s\S]*usage:/);
  });
});
