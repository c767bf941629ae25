import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { OptionSuggestion } from '../../app/suggest';

/** Discord shows at most 25 suggestions, each name and value 1–100 characters. */
export const MAX_SUGGESTIONS = 25;
const MAX_CHOICE_LENGTH = 100;

const clip = (s: string) => (s.length > MAX_CHOICE_LENGTH ? `${s.slice(0, MAX_CHOICE_LENGTH - 1)}…` : s);

/** The core's suggestions as Discord's autocomplete choices: the first 25, text cut to 100 characters. */
export function toChoices(suggestions: readonly OptionSuggestion[]): ApplicationCommandOptionChoiceData[] {
  return suggestions.slice(0, MAX_SUGGESTIONS).map(({ label, value }) => ({
    name: clip(label),
    value: typeof value === 'string' ? clip(value) : value,
  }));
}
