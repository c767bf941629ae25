import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index';
import {
  buildCommandData,
  discordOptionOrder,
  shortDescription,
} from '../../../src/adapters/discord/command-data';

describe('the /tariffs command Discord registers', () => {
  const data = buildCommandData(commands);
  const subs = (data.options ?? []) as {
    name: string;
    description: string;
    options?: {
      name: string;
      required?: boolean;
      description: string;
      autocomplete?: boolean;
      type: number;
    }[];
  }[];

  it('has one subcommand per command of the spec', () => {
    expect(data.name).toBe('tariffs');
    expect(subs.map((s) => s.name)).toEqual(commands.map((c) => c.name));
    expect(subs.length).toBeLessThanOrEqual(25);
  });

  it('keeps every name lower-case and every description within 100 characters', () => {
    for (const sub of subs) {
      expect(sub.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(sub.description.length).toBeLessThanOrEqual(100);
      for (const o of sub.options ?? []) {
        expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('lists required options first and offers autocomplete where the spec asks for it', () => {
    for (const sub of subs) {
      const required = (sub.options ?? []).map((o) => o.required === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
    const who = subs.find((s) => s.name === 'who');
    expect(who?.options?.find((o) => o.name === 'person')).toMatchObject({
      type: 3,
      required: true,
      autocomplete: true,
    });
  });

  it('shortens a long description on a word boundary', () => {
    const s = shortDescription('word '.repeat(40));
    expect(s.length).toBeLessThanOrEqual(100);
    expect(s.endsWith('…')).toBe(true);
  });

  it('moves a required option ahead of optional ones', () => {
    const order = discordOptionOrder([
      { name: 'since', description: 'd', required: false, type: 'string' },
      { name: 'topic', description: 'd', required: true, type: 'string' },
    ]);
    expect(order.map((o) => o.name)).toEqual(['topic', 'since']);
  });
});
