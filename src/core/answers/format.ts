export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-06-06` → `June 6, 2025`; anything unparseable is shown as given. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}, ${m[1]}`;
}

/** `June 15–17, 2025`, `May 30 – June 1, 2025`, or one day. */
export function formatDayRange(start: string, end: string | null): string {
  if (!end || end === start) return formatDay(start);
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
  if (!a || !b) return `${formatDay(start)} – ${formatDay(end)}`;
  if (a[1] === b[1] && a[2] === b[2])
    return `${MONTHS[Number(a[2]) - 1]} ${Number(a[3])}–${Number(b[3])}, ${a[1]}`;
  if (a[1] === b[1]) {
    return `${MONTHS[Number(a[2]) - 1]} ${Number(a[3])} – ${MONTHS[Number(b[2]) - 1]} ${Number(b[3])}, ${a[1]}`;
  }
  return `${formatDay(start)} – ${formatDay(end)}`;
}

const ORDINALS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

export function ordinal(n: number): string {
  if (ORDINALS[n]) return ORDINALS[n]!;
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

export const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A list in prose: "A", "A and B", "A, B and C". */
export function listing(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Day of an instant in UTC, the calendar articles are dated in. */
export const dayOf = (d: Date): string => d.toISOString().slice(0, 10);
