import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelContext } from '../../commands/define';
import { Bot } from '../../src/app/bot';
import { replyTexts } from '../../src/core/reply';
import { silentLogger } from '../../src/log';
import { ScheduledDigests } from '../../src/scheduler/scheduled-digests';
import { DigestScheduler } from '../../src/scheduler/scheduler';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { FakeClock, RecordingSender } from './helpers';

const manager: ChannelContext = {
  platform: 'slack',
  channelId: 'C1',
  userId: 'U1',
  canManage: async () => true,
};
const member: ChannelContext = { ...manager, userId: 'U2', canManage: async () => false };

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers) await c();
  closers = [];
});

async function botWithDigests(start = '2025-06-09T10:00:00Z') {
  const clock = new FakeClock(Date.parse(start));
  const bot = await Bot.start({ seedsDir: 'seeds', log: silentLogger, now: clock.now });
  const store = SqliteStore.open(':memory:');
  closers.push(() => store.close());
  const sender = new RecordingSender('slack', clock.now);
  const scheduler = new DigestScheduler({
    store,
    senders: { slack: sender },
    corpus: bot.corpus.current,
    clock: clock.now,
    log: silentLogger,
    graceMs: 120 * 60_000,
  });
  await scheduler.noteCorpus();
  let changes = 0;
  bot.digests = new ScheduledDigests(store, scheduler, { time: '08:00', timezone: 'UTC' }, () => {
    changes++;
  });
  return { bot, store, clock, sender, scheduler, changes: () => changes };
}

const all = (r: Parameters<typeof replyTexts>[0]) => replyTexts(r).join('\n');

describe('subscribing a channel to the daily digest', () => {
  it('sets up 08:00 Asia/Tokyo and tells when the first digest comes, in Tokyo time', async () => {
    const w = await botWithDigests();
    const { status, reply } = await w.bot.ask('subscribe 08:00 Asia/Tokyo', manager);
    expect(status).toBe('ok');
    expect(reply.title).toMatch(/set up/);
    expect(all(reply)).toContain('Tue, 10 Jun 2025, 08:00 GMT+9');
    expect(await w.store.findSubscription('slack', 'C1')).toMatchObject({
      time: '08:00',
      timezone: 'Asia/Tokyo',
    });
    expect(w.changes()).toBe(1);
  });

  it('reads a time, a zone with a space, a filter and quiet in one line', async () => {
    const w = await botWithDigests();
    const { reply } = await w.bot.ask('subscribe 6:30pm New York person:Bessent topic:autos quiet', manager);
    expect(reply.kind).toBe('answer');
    expect(await w.store.findSubscription('slack', 'C1')).toMatchObject({
      time: '18:30',
      timezone: 'America/New_York',
      quiet: true,
      filter: { person: 'Scott Bessent', topic: 'autos' },
    });
  });

  it('reads the keyword forms too: at, in, about, --quiet no', async () => {
    const w = await botWithDigests();
    await w.bot.ask('subscribe at 7am in Europe/London about rice --quiet no', manager);
    expect(await w.store.findSubscription('slack', 'C1')).toMatchObject({
      time: '07:00',
      timezone: 'Europe/London',
      quiet: false,
      filter: { person: null, topic: 'rice' },
    });
  });

  it('posts in a thread unless told thread:off, and says which', async () => {
    const w = await botWithDigests();
    const on = await w.bot.ask('subscribe 08:00 Asia/Tokyo', manager);
    expect(all(on.reply)).toContain('a short post with the details in its thread');
    expect(await w.store.findSubscription('slack', 'C1')).toMatchObject({ threaded: true });
    const off = await w.bot.ask('subscribe 08:00 Asia/Tokyo thread:off quiet', manager);
    expect(all(off.reply)).toContain('one message (thread:off)');
    expect(await w.store.findSubscription('slack', 'C1')).toMatchObject({ threaded: false, quiet: true });
    await w.bot.ask('subscribe 08:00 Asia/Tokyo --thread on', manager);
    expect(await w.store.findSubscription('slack', 'C1')).toMatchObject({ threaded: true });
    const bad = await w.bot.ask('subscribe 08:00 Asia/Tokyo thread:sideways', manager);
    expect(all(bad.reply)).toContain('thread is on or off');
  });

  it('uses 08:00 and the default zone when none is given', async () => {
    const w = await botWithDigests();
    await w.bot.ask('subscribe', manager);
    expect(await w.store.findSubscription('slack', 'C1')).toMatchObject({ time: '08:00', timezone: 'UTC' });
  });

  it('answers a misspelt zone with the zone that would work', async () => {
    const w = await botWithDigests();
    const { status, reply } = await w.bot.ask('subscribe 08:00 Asia/Tokio', manager);
    expect(status).toBe('usage');
    expect(reply.lead).toMatch(/Asia\/Tokio.*not a time zone.*Did you mean Asia\/Tokyo/);
    expect(reply.suggestions[0]).toBe('subscribe 08:00 Asia/Tokyo');
    expect(await w.store.findSubscription('slack', 'C1')).toBeNull();
  });

  it('explains that an abbreviation like EST would go wrong in summer, naming the place zone', async () => {
    const w = await botWithDigests();
    const { reply } = await w.bot.ask('subscribe 08:00 EST', manager);
    expect(reply.lead).toMatch(/abbreviation.*America\/New_York/);
  });

  it('answers an impossible time with times that work', async () => {
    const w = await botWithDigests();
    const { reply } = await w.bot.ask('subscribe 25:00 Asia/Tokyo', manager);
    expect(reply.kind).toBe('error');
    expect(reply.lead).toMatch(/no hour 25.*08:00/);
    expect(reply.suggestions).toContain('subscribe 08:00 Asia/Tokyo');
  });

  it('catches a misspelt person now rather than sending empty digests', async () => {
    const w = await botWithDigests();
    const { reply } = await w.bot.ask('subscribe 08:00 UTC person:Zzyzx', manager);
    expect(reply.kind).toBe('error');
    expect(await w.store.findSubscription('slack', 'C1')).toBeNull();
  });

  it('refuses a filter that carries a mention or markup', async () => {
    const w = await botWithDigests();
    for (const text of ['subscribe 08:00 UTC topic:@everyone', 'subscribe 08:00 UTC topic:<!channel>']) {
      const { status, reply } = await w.bot.ask(text, manager);
      expect(status, text).toBe('usage');
      expect(all(reply)).not.toMatch(/@everyone|<!channel>/);
    }
  });

  it('politely refuses a member who does not manage the channel', async () => {
    const w = await botWithDigests();
    for (const text of ['subscribe 08:00 Asia/Tokyo', 'unsubscribe']) {
      const { reply } = await w.bot.ask(text, member);
      expect(reply.title).toMatch(/Only channel managers/);
    }
    expect(await w.store.findSubscription('slack', 'C1')).toBeNull();
  });
});

describe('seeing and stopping a channel’s digest', () => {
  it('shows what the channel gets and when the next one runs, in the channel’s zone, to anyone', async () => {
    const w = await botWithDigests();
    await w.bot.ask('subscribe 18:30 America/New_York topic:autos', manager);
    const { reply } = await w.bot.ask('subscriptions', member);
    const text = all(reply);
    expect(text).toContain('every day at 18:30 America/New_York');
    expect(text).toContain('Mon, 9 Jun 2025, 18:30 GMT-4');
    expect(text).toContain('topic: autos');
    expect(text).toContain('none yet');
  });

  it('says plainly when a channel has no digest', async () => {
    const w = await botWithDigests();
    const { reply } = await w.bot.ask('subscriptions', member);
    expect(reply.title).toMatch(/No daily digest/);
  });

  it('stops the digest on unsubscribe, and says so when there was none', async () => {
    const w = await botWithDigests();
    await w.bot.ask('subscribe 08:00 Asia/Tokyo', manager);
    expect((await w.bot.ask('unsubscribe', manager)).reply.title).toMatch(/stopped/);
    expect(await w.store.findSubscription('slack', 'C1')).toBeNull();
    expect((await w.bot.ask('unsubscribe', manager)).reply.title).toMatch(/Nothing to stop/);
  });

  it('shows a paused digest and why', async () => {
    const w = await botWithDigests();
    await w.bot.ask('subscribe 08:00 Asia/Tokyo', manager);
    const sub = (await w.store.findSubscription('slack', 'C1'))!;
    await w.store.pauseSubscription(
      sub.id,
      'the bot can no longer post here (channel_not_found)',
      w.clock.now(),
    );
    const { reply } = await w.bot.ask('subscriptions', manager);
    expect(reply.title).toMatch(/paused/);
    expect(reply.lead).toMatch(/channel_not_found.*subscribe/);
  });

  it('previews the next digest with `digest now` without changing what it will send', async () => {
    const w = await botWithDigests();
    await w.bot.ask('subscribe 08:00 Asia/Tokyo', manager);
    const { reply } = await w.bot.ask('digest now', member);
    expect(reply.lead).toMatch(/Nothing new since/);
    expect(reply.notes.join(' ')).toMatch(/will include these/);
    const sub = (await w.store.findSubscription('slack', 'C1'))!;
    expect(await w.store.recentRuns(sub.id, 5)).toEqual([]);
  });
});

describe('where digests are not running', () => {
  it('explains instead of failing in the one-shot console', async () => {
    const bot = await Bot.start({ seedsDir: 'seeds', log: silentLogger });
    for (const text of ['subscribe 08:00 Asia/Tokyo', 'subscriptions', 'unsubscribe', 'digest now']) {
      const { status, reply } = await bot.ask(text);
      expect(status, text).toBe('usage');
      expect(reply.title, text).toMatch(/not running here/);
    }
  });

  it('tells the console it cannot receive digests', async () => {
    const w = await botWithDigests();
    const { reply } = await w.bot.ask('subscribe 08:00 Asia/Tokyo', {
      platform: 'console',
      channelId: 'console',
      userId: 'console',
      canManage: async () => true,
    });
    expect(reply.title).toMatch(/cannot be posted here/);
  });
});
