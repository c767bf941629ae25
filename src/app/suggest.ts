import type { AnyCommand } from '../../commands/define';
import type { Dataset } from '../core/article';
import { suggest, suggestChoices } from '../core/suggestions';
import { findCommand } from './dispatch';

/** A value offered for an option, typed as the option takes it (a number for an integer option). */
export interface OptionSuggestion {
  label: string;
  value: string | number;
}

/** Where the user is typing: the command, the option and what is in it so far. */
export interface SuggestionRequest {
  command: string;
  option: string;
  typed: string;
  /** How many the platform can show. */
  limit: number;
}

/**
 * The values to offer while a user types an option: ranked from the dataset for an option that
 * names a source (people, dates, …), filtered for one with fixed choices, none otherwise. An
 * integer option is offered whole numbers only.
 */
export function suggestForOption(
  commands: readonly AnyCommand[],
  data: Dataset,
  request: SuggestionRequest,
): OptionSuggestion[] {
  const option = findCommand(commands, request.command)?.options.find((o) => o.name === request.option);
  if (!option) return [];
  const { typed, limit } = request;
  const found = option.autocomplete
    ? suggest(option.autocomplete, data, typed, limit)
    : option.choices
      ? suggestChoices(option.choices, typed, limit)
      : [];
  if (option.type !== 'integer') return found;
  return found
    .filter((s) => Number.isInteger(Number(s.value)))
    .map((s) => ({ label: s.label, value: Number(s.value) }));
}
