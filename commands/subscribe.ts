import { z } from 'zod';
import type { Corpus } from '../src/core/corpus';
import { answer, errorReply, field, type Reply } from '../src/core/reply';
import { describeFilter } from '../src/core/schedule/filter';
import { formatClockTime, formatInZone } from '../src/core/schedule/local-time';
import { parseClockTime } from '../src/core/schedule/parse-time';
import { resolveTimeZone } from '../src/core/schedule/time-zones';
import { defineCommand } from './define';
import { digestAccess, isReply } from './digest-access';
import { filterTerm, parseSubscribeText } from './digest-input';
import type { DigestChoice, DigestPort, DigestSchedule } from './digest-port';
import { optionalText } from './input';

export const subscribe = defineCommand({
  name: 'subscribe',
  summary: 'Get a daily digest in this channel at a time and time zone you choose',
  usage: 'subscribe [time] [timezone] [person:<name>] [topic:<topic>] [quiet] [thread:off]',
  examples: [
    'subscribe 08:00 Asia/Tokyo',
    'subscribe 18:30 America/New_York person:Bessent topic:autos',
    'subscribe 7am Europe/London quiet',
    'subscribe 08:00 Asia/Tokyo thread:off',
  ],
  options: [
    {
      name: 'time',
      description: 'Local time of day, e.g. 08:00 or 6:30pm (default 08:00)',
      required: false,
      type: 'string',
    },
    {
      name: 'timezone',
      description: 'IANA time zone, e.g. Asia/Tokyo or America/New_York',
      required: false,
      type: 'string',
      autocomplete: 'timezones',
    },
    {
      name: 'person',
      description: 'Only articles mentioning this person',
      required: false,
      type: 'string',
      autocomplete: 'people',
    },
    {
      name: 'topic',
      description: 'Only articles about this topic (autos, rice, steel…)',
      required: false,
      type: 'string',
      autocomplete: 'topics',
    },
    {
      name: 'quiet',
      description: 'yes: post nothing on days with nothing new (default no: a one-line note)',
      required: false,
      type: 'string',
      choices: ['yes', 'no'],
    },
    {
      name: 'thread',
      description: 'on: a short post with the details in its thread (default); off: one message',
      required: false,
      type: 'string',
      choices: ['on', 'off'],
    },
  ],
  input: z.object({
    time: optionalText('The time'),
    timezone: optionalText('The time zone'),
    person: filterTerm('The person', 'person:Bessent'),
    topic: filterTerm('The topic', 'topic:autos'),
    quiet: z
      .enum(['yes', 'no', 'true', 'false'], { error: 'quiet is yes or no.' })
      .optional()
      .transform((v) => v === 'yes' || v === 'true'),
    thread: z
      .enum(['on', 'off', 'yes', 'no', 'true', 'false'], { error: 'thread is on or off.' })
      .optional()
      .transform((v) => v === undefined || v === 'on' || v === 'yes' || v === 'true'),
  }),
  parseText: parseSubscribeText,
  managesChannel: true,
  async run(input, ctx) {
    const access = digestAccess(ctx, { needsDelivery: true });
    if (isReply(access)) return access;
    const { digests, channel } = access;
    const choice = resolveChoice(input, digests.defaults, ctx.corpus);
    if ('kind' in choice) return choice;
    const saved = await digests.subscribe(channel, choice, ctx.now);
    return confirmation(saved, saved.created);
  },
});

type SubscribeInput = {
  time?: string | undefined;
  timezone?: string | undefined;
  person?: string | undefined;
  topic?: string | undefined;
  quiet: boolean;
  thread: boolean;
};

/** The typed time, zone and person checked and made exact, or the reply saying what to fix. */
function resolveChoice(
  input: SubscribeInput,
  defaults: DigestPort['defaults'],
  corpus: Corpus,
): DigestChoice | Reply {
  const time = parseClockTime(input.time ?? defaults.time);
  if (!time.ok) {
    return errorReply('That time does not work', time.message, {
      suggestions: time.suggestions
        .slice(0, 2)
        .map((t) => `subscribe ${t}${input.timezone ? ` ${input.timezone}` : ''}`),
    });
  }
  const hhmm = formatClockTime(time.value);
  const zone = resolveTimeZone(input.timezone ?? defaults.timezone);
  if (!zone.ok) {
    return errorReply('That time zone does not work', zone.message, {
      suggestions: zone.suggestions.map((z) => `subscribe ${hhmm} ${z}`),
    });
  }
  let person = input.person ?? null;
  if (person) {
    // Resolved as `who` resolves it, so a typo is caught now rather than silencing the digest.
    const match = corpus.index.lookup.resolve(person);
    if (match.kind === 'unknown') {
      return errorReply('I do not know that person', `No one called “${person}” appears in the articles.`, {
        suggestions: match.suggestions.map(
          (n) => `subscribe ${hhmm} ${zone.value} person:${n.split(' ').pop()}`,
        ),
      });
    }
    person = match.person.name;
  }
  return {
    time: hhmm,
    timezone: zone.value,
    filter: { person, topic: input.topic ?? null },
    quiet: input.quiet,
    threaded: input.thread,
  };
}

function confirmation({ subscription: sub, nextRun }: DigestSchedule, created: boolean): Reply {
  return answer({
    title: created ? 'Daily digest set up for this channel' : 'Daily digest for this channel changed',
    lead: `Every day at ${sub.time} ${sub.timezone}: what arrived since the previous digest.`,
    sections: [
      {
        heading: null,
        items: [
          field('Next digest', nextRun ? formatInZone(nextRun, sub.timezone) : 'none while paused'),
          field('Filter', describeFilter(sub.filter) ?? 'none: every new article'),
          field(
            'On a day with nothing new',
            sub.quiet ? 'nothing is posted' : 'a one-line “nothing new” note',
          ),
          field('Posted as', postedAs(sub.threaded)),
        ],
      },
    ],
    notes: ['`subscriptions` shows it, `digest now` previews it, `unsubscribe` stops it.'],
  });
}

/** How a digest reaches the channel, in the reader's words. */
export const postedAs = (threaded: boolean): string =>
  threaded ? 'a short post with the details in its thread' : 'one message (thread:off)';
