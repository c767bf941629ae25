/**
 * The city a place stands for, so two reports of one meeting agree on where it was: buildings
 * that stand for their city (the White House) count as it, and a trailing "D.C." is dropped.
 */
const CITY: Record<string, string> = {
  'white house': 'Washington',
  'oval office': 'Washington',
  'capitol hill': 'Washington',
  'eisenhower executive office building': 'Washington',
};

export function cityOf(place: string): string {
  const name = place.replace(/,?\s+D\.C\.$/, '').trim();
  return CITY[name.toLowerCase()] ?? name;
}
