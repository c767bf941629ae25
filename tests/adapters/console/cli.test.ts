import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TSX = 'node_modules/.bin/tsx';
const run = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(TSX, args, {
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...opts.env },
    timeout: 30_000,
  });

describe('the console a new user tries first', () => {
  it('lists the commands for `help` on piped input and exits 0 at end of input', () => {
    const r = run(['src/main.ts'], { input: 'help\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/latest/);
    expect(r.stdout).toMatch(/who <person>/);
    expect(r.stdout).not.toMatch(/"level"/); // logs stay on stderr
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour codes when not a terminal
  });

  it('one-shot: a bad command exits 2 with the closest names on stderr', () => {
    const r = run(['src/adapters/console/ask.ts', 'nonsens']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no command "nonsens"/);
    expect(r.stderr).toMatch(/Try:/);
  });

  it('one-shot: --json prints the Reply model', () => {
    const r = run(['src/adapters/console/ask.ts', '--json', 'help']);
    expect(r.status).toBe(0);
    const reply = JSON.parse(r.stdout) as { kind: string; sections: unknown[] };
    expect(reply.kind).toBe('answer');
    expect(reply.sections.length).toBeGreaterThan(0);
  });

  it('one-shot: the whole command as one argument answers as the console does, every page of it', () => {
    const quoted = run(['src/adapters/console/ask.ts', 'who akazawa']);
    expect(quoted.status).toBe(0);
    expect(quoted.stdout).toMatch(/^What Ryosei Akazawa said/);
    // No pager: a one-shot cannot take `more`.
    expect(quoted.stdout).not.toMatch(/Page \d+ of|`more`/);
    // Every statement the lead counts is printed, each with its speaker line.
    const count = Number(/(\d+) statements/.exec(quoted.stdout)?.[1]);
    expect(count).toBeGreaterThan(8); // more than one page's worth on the bundled seeds
    expect(quoted.stdout.match(/^ {4}— Ryosei Akazawa/gm)).toHaveLength(count);
    expect(quoted.stdout.match(/^In their own words$/gm)).toHaveLength(1);
    const split = run(['src/adapters/console/ask.ts', 'who', 'akazawa']);
    expect(split.stdout).toBe(quoted.stdout);
  }, 70_000);

  it('one-shot: --page N prints that page and names the next page’s flag', () => {
    const r = run(['src/adapters/console/ask.ts', 'who akazawa', '--page=2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Page 2 of (\d+) — add `--page 3` for the next page/);
    expect(r.stdout.match(/^ {4}— Ryosei Akazawa/gm)?.length).toBeLessThanOrEqual(8);
  });

  it('refuses to start half-configured, naming the missing variable', () => {
    const r = run(['src/main.ts'], { env: { SLACK_BOT_TOKEN: 'xoxb-test' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set/);
  });
});
