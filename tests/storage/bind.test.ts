import { describe, expect, it } from 'vitest';
import { bindNamed } from '../../src/storage/postgres/bind';

describe('named parameters for node-postgres', () => {
  it('numbers each name once, in order of first use', () => {
    expect(
      bindNamed('UPDATE t SET a = @a, at = @now WHERE id = @id AND lease <= @now', {
        id: 'x',
        a: 1,
        now: 'T',
      }),
    ).toEqual({ text: 'UPDATE t SET a = $1, at = $2 WHERE id = $3 AND lease <= $2', values: [1, 'T', 'x'] });
  });

  it('refuses a statement whose parameter has no value, rather than sending NULL', () => {
    expect(() => bindNamed('SELECT * FROM t WHERE id = @id', {})).toThrow(/@id has no value/);
  });
});
