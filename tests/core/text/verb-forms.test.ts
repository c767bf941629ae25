import { describe, expect, it } from 'vitest';
import { baseOfPast, isPastForm, presentOf } from '../../../src/core/text/verb-forms';

describe('verb forms for headlines', () => {
  it('takes regular and irregular past tenses back to their base', () => {
    const cases: Record<string, string> = {
      met: 'meet',
      held: 'hold',
      signed: 'sign',
      announced: 'announce',
      negotiated: 'negotiate',
      agreed: 'agree',
      tried: 'try',
      stopped: 'stop',
      added: 'add',
      called: 'call',
      controlled: 'control',
      visited: 'visit',
      developed: 'develop',
      raised: 'raise',
      declined: 'decline',
      revoked: 'revoke',
      required: 'require',
      chosen: 'choose',
    };
    for (const [past, base] of Object.entries(cases)) expect(baseOfPast(past), past).toBe(base);
  });

  it('conjugates the present for one subject or several', () => {
    expect(presentOf('meet', false)).toBe('meets');
    expect(presentOf('reach', false)).toBe('reaches');
    expect(presentOf('try', false)).toBe('tries');
    expect(presentOf('sign', true)).toBe('sign');
    expect(presentOf('have', false)).toBe('has');
  });

  it('does not take every -ed word for a past tense', () => {
    expect(isPastForm('proceed')).toBe(false);
    expect(isPastForm('hundred')).toBe(false);
    expect(isPastForm('imposed')).toBe(true);
  });
});
