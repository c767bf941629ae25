/**
 * Small counts as news spells them ("three weeks after the order", "has visited nine times"):
 * one table for every reader of such counts, so they cannot drift apart.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
