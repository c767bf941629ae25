import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../commands/define';
import { suggestForOption } from '../../src/app/suggest';
import { emptyDataset } from '../../src/core/article';

const pick = defineCommand({
  name: 'pick',
  summary: 'made up for suggestions',
  usage: 'pick <person> [--answer yes|no] [--round N] [--note text]',
  examples: ['pick bessent'],
  options: [
    { name: 'person', description: 'who', required: true, type: 'string', autocomplete: 'people' },
    { name: 'answer', description: 'yes or no', required: false, type: 'string', choices: ['yes', 'no'] },
    { name: 'round', description: 'which', required: false, type: 'integer', choices: ['1', '2', 'last'] },
    { name: 'note', description: 'free text', required: false, type: 'string' },
  ],
  input: z.object({}),
  run: () => {
    throw new Error('not run by suggestions');
  },
});

function data() {
  const d = emptyDataset();
  d.people = [
    { name: 'Scott Bessent', aliases: ['Bessent'], role: 'Treasury Secretary', kind: 'person' },
    { name: 'Howard Lutnick', aliases: ['Lutnick'], role: null, kind: 'person' },
  ];
  return d;
}

const ask = (option: string, typed: string, command = 'pick') =>
  suggestForOption([pick], data(), { command, option, typed, limit: 25 });

describe('suggestions for the option a user is typing', () => {
  it('ranks dataset values for an option that names a source', () => {
    expect(ask('person', 'bes')).toEqual([
      { label: 'Scott Bessent — Treasury Secretary', value: 'Scott Bessent' },
    ]);
  });

  it('filters fixed choices', () => {
    expect(ask('answer', 'n').map((s) => s.value)).toEqual(['no']);
  });

  it('offers an integer option whole numbers only, as numbers', () => {
    expect(ask('round', '').map((s) => s.value)).toEqual([1, 2]);
  });

  it('offers nothing for free text, an unknown option or an unknown command', () => {
    expect(ask('note', 'a')).toEqual([]);
    expect(ask('nope', 'a')).toEqual([]);
    expect(ask('person', 'bes', 'unknown')).toEqual([]);
  });

  it('finds the command whatever its case', () => {
    expect(ask('person', 'lut', 'PICK').map((s) => s.value)).toEqual(['Howard Lutnick']);
  });
});
