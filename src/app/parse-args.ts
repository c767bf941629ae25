import type { OptionSpec } from '../../commands/define';
import { UserError } from '../core/errors';

/**
 * The default text grammar: `--name value` and `name:value` set named options; other words fill
 * the positional options in order, and the last one (or one marked `rest`) takes what remains.
 */
export function parseTextArgs(options: OptionSpec[], words: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const byName = new Map(options.map((o) => [o.name.toLowerCase(), o]));
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const flag = /^--([a-z][\w-]*)(?:=(.*))?$/i.exec(word);
    if (flag) {
      const opt = byName.get(flag[1]!.toLowerCase());
      if (!opt) {
        throw new UserError(
          `There is no option --${flag[1]}.`,
          options.map((o) => `--${o.name}`),
        );
      }
      const value = flag[2] ?? words[++i];
      if (value === undefined) throw new UserError(`--${opt.name} needs a value.`);
      out[opt.name] = value;
      continue;
    }
    const named = /^([a-z][\w-]*):(.+)$/i.exec(word);
    const namedOpt = named ? byName.get(named[1]!.toLowerCase()) : undefined;
    if (named && namedOpt) {
      out[namedOpt.name] = named[2]!;
      continue;
    }
    positional.push(word);
  }
  const slots = options.filter((o) => out[o.name] === undefined);
  for (let k = 0; k < slots.length && positional.length > 0; k++) {
    const opt = slots[k]!;
    const last = k === slots.length - 1 || opt.rest;
    out[opt.name] = last ? positional.splice(0).join(' ') : positional.shift();
  }
  if (positional.length > 0) {
    throw new UserError(`I did not expect "${positional.join(' ')}" here.`);
  }
  return out;
}
