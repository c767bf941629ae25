import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ChannelContext, defineCommand } from '../../commands/define';
import { commands } from '../../commands/index';
import { Bot } from '../../src/app/bot';
import { splitWords } from '../../src/app/words';
import { answer } from '../../src/core/reply';
import { silentLogger } from '../../src/log';
import { seedBot } from '../helpers/bot';

describe('dispatching typed commands', () => {
  it('accepts the slash prefix, the bare name and any case', async () => {
    const bot = await seedBot();
    for (const text of ['/tariffs help', 'tariffs help', 'help', 'HELP', '']) {
      const { status, reply } = await bot.ask(text);
      expect(status, text).toBe('ok');
      expect(reply.title).toMatch(/tariffs-bot/);
    }
  });

  it('answers an unknown command with the closest command names', async () => {
    const bot = await seedBot();
    const { status, reply } = await bot.ask('lates');
    expect(status).toBe('usage');
    expect(reply.kind).toBe('error');
    expect(reply.lead).toContain('`latest`');
    expect(reply.suggestions).toContain('latest');
  });

  it('names the nearest commands even when nothing is close to what was typed', async () => {
    const bot = await seedBot();
    const { status, reply } = await bot.ask('nonsense');
    expect(status).toBe('usage');
    expect(reply.lead).toMatch(/The closest commands are `\w+`, `\w+`, `\w+`\./);
    expect(reply.suggestions).toEqual(['help']);
  });

  it('explains a missing argument with an example instead of failing', async () => {
    const bot = await seedBot();
    const { status, reply } = await bot.ask('who');
    expect(status).toBe('usage');
    expect(reply.lead).toMatch(/person is missing.*who akazawa/i);
    expect(reply.notes.some((n) => n.startsWith('Usage: who <person>'))).toBe(true);
  });

  it('refuses a 5,000-character command politely and does not echo it', async () => {
    const bot = await seedBot();
    const long = `who ${'a'.repeat(5000)}`;
    const { status, reply } = await bot.ask(long);
    expect(status).toBe('usage');
    expect(reply.lead).toMatch(/at most 1000 characters/);
    expect(JSON.stringify(reply).length).toBeLessThan(1000);
  });

  it('turns a crashing handler into a short apology, never a stack trace', async () => {
    const boom = defineCommand({
      name: 'boom',
      summary: 'fails',
      usage: 'boom',
      examples: ['boom'],
      options: [],
      input: z.object({}),
      run: () => {
        throw new Error('secret internal detail');
      },
    });
    const bot = await Bot.start({ seedsDir: 'seeds', log: silentLogger, commands: [boom] });
    const { status, reply } = await bot.ask('boom');
    expect(status).toBe('failed');
    expect(JSON.stringify(reply)).not.toMatch(/secret internal detail|at .*\.ts:\d+/);
  });

  it('keeps channel settings for channel managers', async () => {
    const guarded = defineCommand({
      name: 'guarded',
      summary: 'changes the channel',
      usage: 'guarded',
      examples: ['guarded'],
      options: [],
      input: z.object({}),
      managesChannel: true,
      run: () => answer({ title: 'done' }),
    });
    const question = defineCommand({
      name: 'question',
      summary: 'only reads',
      usage: 'question',
      examples: ['question'],
      options: [],
      input: z.object({}),
      run: () => answer({ title: 'answered' }),
    });
    const bot = await Bot.start({ seedsDir: 'seeds', log: silentLogger, commands: [guarded, question] });
    let asked = 0;
    const member: ChannelContext = {
      platform: 'slack',
      channelId: 'C1',
      userId: 'U1',
      canManage: async () => {
        asked++;
        return false;
      },
    };
    const refused = await bot.ask('guarded', member);
    expect(refused.reply.title).toMatch(/channel managers/);
    expect(refused.reply.suggestions).toEqual(['subscriptions']);
    expect(asked).toBe(1);
    // A command that leaves the channel alone never makes the platform look the user up.
    expect((await bot.ask('question', member)).reply.title).toBe('answered');
    expect((await bot.askOptions('question', {}, member)).reply.title).toBe('answered');
    expect(asked).toBe(1);
    const allowed = await bot.ask('guarded', { ...member, canManage: async () => true });
    expect(allowed.reply.title).toBe('done');
  });

  it('reads --page, named options and quoted phrases', async () => {
    expect(splitWords('said "frank and constructive" --page 2')).toEqual([
      'said',
      'frank and constructive',
      '--page',
      '2',
    ]);
    expect(splitWords('said “candid”')).toEqual(['said', 'candid']);
    expect(splitWords("who don't")).toEqual(['who', "don't"]);
    const bot = await seedBot();
    const bad = await bot.ask('help --page zero');
    expect(bad.reply.lead).toMatch(/--page/);
    for (const page of [0, -1, 1.5, Number.NaN]) {
      const typed = await bot.askOptions('timeline', {}, null, page);
      expect(typed.status, String(page)).toBe('usage');
      expect(typed.reply.title).toBe('Bad page number');
    }
  });

  it('has a help text, usage and example for every command', () => {
    for (const c of commands) {
      expect(c.summary.length, c.name).toBeGreaterThan(10);
      expect(c.summary.length, c.name).toBeLessThanOrEqual(100);
      expect(c.usage.startsWith(c.name), c.name).toBe(true);
      expect(c.examples.length, c.name).toBeGreaterThan(0);
    }
  });
});
