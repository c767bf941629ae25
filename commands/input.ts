import { z } from 'zod';

/** A required text option whose "missing" message tells the user what to type. */
export const requiredText = (what: string, example: string) =>
  z
    .string({ error: () => `${what} is missing — for example \`${example}\`.` })
    .trim()
    .min(1, { error: `${what} is missing — for example \`${example}\`.` })
    .max(200, { error: `${what} is too long (at most 200 characters).` });

export const optionalText = (what: string) =>
  z
    .string()
    .trim()
    .max(200, { error: `${what} is too long (at most 200 characters).` })
    .optional()
    .transform((v) => (v === '' ? undefined : v));
