import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index';
import { dispatchText } from '../../src/app/dispatch';
import { buildCorpus } from '../../src/core/corpus';
import { loadDataset } from '../../src/core/dataset';
import { silentLogger } from '../../src/log';

/**
 * Per country of the wide development corpus (read by path, skipped where absent), a fact the
 * articles state, asked for as a user would. Each case names the article it comes from; the
 * expected answers are what the articles say, not what the program printed.
 */
const WIDE = resolve(process.cwd(), '../shared/corpus-wide');

type Item = { type: string; label?: string; value?: string };

describe.skipIf(!existsSync(WIDE))('rates per country state what the wide corpus articles say', async () => {
  const dataset = existsSync(WIDE) ? await loadDataset(join(WIDE, 'articles')) : null;
  const now = new Date('2026-03-01T00:00:00Z');
  const corpus = dataset ? buildCorpus(dataset, now) : null;
  /** Section heading → "Label: value" lines. */
  const ask = async (text: string) => {
    const { reply, status } = await dispatchText(text, {
      commands,
      corpus: () => corpus!,
      now: () => now,
      channel: null,
      digests: null,
      log: silentLogger,
    });
    expect(status, text).toBe('ok');
    const lines = (heading: RegExp) =>
      reply.sections
        .filter((s) => heading.test(s.heading ?? ''))
        .flatMap((s) =>
          (s.items as Item[]).filter((i) => i.type === 'field').map((i) => `${i.label}: ${i.value}`),
        );
    const cited = reply.sections.flatMap((s) =>
      (s.items as { citations?: { articleId: string }[] }[]).flatMap((i) => i.citations ?? []),
    );
    return {
      inEffect: lines(/^In effect/),
      pending: lines(/^Pending/),
      paused: lines(/^Paused/),
      own: lines(/own tariffs/),
      cited: cited.map((c) => c.articleId),
    };
  };

  it('Brazil (AP, 2025-11-16): goods in general 40% in effect after the 10% was removed, coffee and beef 40%', async () => {
    // "Trump imposed a further 40% tariff"; "in Brazil's case, which had 50%, we ended up with 40%".
    const { inEffect } = await ask('rates brazil --as-of 2025-11-16');
    expect(inEffect.find((l) => l.startsWith('Goods in general:'))).toMatch(
      /^Goods in general: 40% in effect/,
    );
    expect(inEffect.join('\n')).not.toMatch(/Goods in general: 50% in effect/);
    expect(inEffect).toContainEqual(expect.stringMatching(/^Coffee: 40% in effect/));
    expect(inEffect).toContainEqual(expect.stringMatching(/^Beef: 40% in effect/));
  });

  it('Brazil (BNO News, 2025-07-09): the 50% from August 1 is only threatened; the 10% baseline applies', async () => {
    // "has threatened to impose a 50% tariff"; the letter's "we will charge Brazil a Tariff of 50%" is that threat.
    const said = dataset!.rates.filter((r) =>
      r.articleIds.includes('w09_bnonews-trump-brazil-50-percent-letter'),
    );
    expect(said.filter((r) => r.rate === 50).map((r) => r.status)).toEqual(['threatened']);
    const { inEffect, pending } = await ask('rates brazil --as-of 2025-07-09');
    expect(inEffect.find((l) => l.startsWith('Goods in general:'))).toMatch(
      /^Goods in general: 10% in effect/,
    );
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 50% /));
  });

  it('Lesotho (CrestAfrica): the new 15% rate on its goods; Lesotho’s own 99% on US goods as claimed', async () => {
    const { inEffect, own } = await ask('rates lesotho');
    expect(inEffect.find((l) => l.startsWith('Goods in general:'))).toMatch(/^Goods in general: 15% /);
    expect(own).toContainEqual(expect.stringMatching(/99%/));
  });

  it('South Africa (Daily8): the 30% imposed in April was suspended for 90 days, so it is not in effect', async () => {
    const { inEffect } = await ask('rates south africa');
    expect(inEffect.join('\n')).not.toMatch(/30% in effect/);
  });

  it('Taiwan (Reuters, 2025-07-23): the 32% is a threat, not in effect', async () => {
    const { inEffect } = await ask('rates taiwan');
    expect(inEffect.join('\n')).not.toMatch(/32% in effect/);
  });

  it('Thailand (Bangkok Post, 2025-06-08): the 36% waits for a moratorium to expire, so it is paused', async () => {
    // "Thailand faces a 36% US tariff if a reduction cannot be negotiated ... before a moratorium expires in July."
    const { inEffect, paused } = await ask('rates thailand');
    expect(inEffect.join('\n')).not.toMatch(/36% in effect/);
    expect(paused).toContainEqual(expect.stringMatching(/^Goods in general: 36% paused/));
  });

  it('Norway (RBC-Ukraine): the 15% is one of the higher tariffs announced and then suspended for 90 days', async () => {
    // "... higher tariffs that Trump announced and then suspended for 90 days. ... Norway faces a 15% tariff if ..."
    const { inEffect, paused } = await ask('rates norway');
    expect(inEffect.join('\n')).not.toMatch(/15% in effect/);
    expect(paused).toContainEqual(expect.stringMatching(/^Goods in general: 15% paused/));
  });

  it('Kenya and Eswatini (CrestAfrica): "Kenya or Eswatini, who have 10%" can be asked for, citing that article', async () => {
    for (const country of ['kenya', 'eswatini']) {
      const { inEffect, cited } = await ask(`rates ${country}`);
      expect(inEffect.find((l) => l.startsWith('Goods in general:'))).toMatch(
        /^Goods in general: 10% in effect/,
      );
      expect(cited).toContain('w10_crestafrica-lesotho-15-percent-textiles');
    }
  });

  it('Brazil (AP, 2025-11-16): "in Brazil’s case, which had 50%" is a rate since replaced', () => {
    const said = dataset!.rates.filter(
      (r) => r.appliesTo === 'Brazil' && r.articleIds.includes('w12_ap-alckmin-coffee-beef-still-40'),
    );
    expect(said).toContainEqual(
      expect.objectContaining({ goods: 'all goods', rate: 50, status: 'superseded' }),
    );
  });

  it('Japan (The Nation Thailand, 2026-02-22): after the court ruling the 15% reciprocal rate is superseded; 10% then 15% on every partner announced', async () => {
    // "the IEEPA, under which the Trump administration imposed 15 per cent reciprocal tariffs on ... Japanese
    // goods, does not grant the president the authority"; "additional 10 per cent tariffs on its trading
    // partners"; "the additional tariffs will be raised to 15 per cent".
    const { inEffect, pending, cited } = await ask('rates japan');
    expect(inEffect.find((l) => l.startsWith('Goods in general:'))).toMatch(/15% superseded \(2026-02-22\)/);
    expect(inEffect.join('\n')).not.toMatch(/Goods in general: 15% in effect/);
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 10% .*announced/));
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 15% announced/));
    expect(cited).toContain('j12_nationthailand-japan-keeps-pledge-after-court-ruling');
    const everyone = dataset!.rates.filter(
      (r) =>
        r.articleIds.includes('j12_nationthailand-japan-keeps-pledge-after-court-ruling') &&
        r.status === 'announced',
    );
    expect(everyone.map((r) => `${r.rate} ${r.appliesTo}`).sort()).toEqual([
      '10 all countries',
      '15 all countries',
    ]);
  });

  it('Lesotho (CrestAfrica): the 50% Trump lowered is superseded', () => {
    // "just a day after U.S. President Donald Trump lowered the initially proposed 50% tariff".
    const said = dataset!.rates.filter(
      (r) =>
        r.appliesTo === 'Lesotho' && r.articleIds.includes('w10_crestafrica-lesotho-15-percent-textiles'),
    );
    expect(said).toContainEqual(expect.objectContaining({ rate: 50, status: 'superseded' }));
    expect(said).not.toContainEqual(expect.objectContaining({ rate: 50, status: 'proposed' }));
  });

  it('Japan (todayheadline, 2025-08-06): autos 27.5% in effect, "a combination of a previous 2.5% rate and a new 25%"', async () => {
    const { reply } = await dispatchText('rates japan autos --as-of 2025-08-06', {
      commands,
      corpus: () => corpus!,
      now: () => now,
      channel: null,
      digests: null,
      log: silentLogger,
    });
    expect(reply.lead).toMatch(/^27\.5% in effect/);
    const said = dataset!.rates.filter((r) =>
      r.articleIds.includes('j03_todayheadline-trump-f150-akazawa-ninth-trip'),
    );
    expect(said).toContainEqual(expect.objectContaining({ goods: 'autos', rate: 25, status: 'in effect' }));
    expect(said).toContainEqual(expect.objectContaining({ goods: 'autos', rate: 2.5, status: 'in effect' }));
  });

  it('Philippines (logisticsnews.ph, 2025-07-10): the 20% the US "decided to impose" by the July 9 letter is threatened, not in effect', async () => {
    const { inEffect, pending } = await ask('rates philippines');
    expect(inEffect.join('\n')).not.toMatch(/20% in effect/);
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 20% threatened/));
    expect(pending.join('\n')).not.toMatch(/20% threatened from 2025-07-09/);
  });

  it('Japan (AFP, 2025-09-16): the 15% cap applies retroactively to August 7, so on September 10 goods in general paid 15%', async () => {
    // "The new US order taking effect Tuesday will implement a 15% tariff cap for many products, applying retroactively to August 7."
    const { inEffect } = await ask('rates japan --as-of 2025-09-10');
    expect(inEffect.find((l) => l.startsWith('Goods in general:'))).toMatch(
      /^Goods in general: 15% in effect, since 2025-08-07/,
    );
  });

  it('Nigeria (Newsline Global): the 14% was announced by Trump, not in effect, and that article is cited', async () => {
    // "Trump announced that exports from Nigeria to the U.S. will now be subjected to a 14 per cent tariff."
    const { inEffect, pending, cited } = await ask('rates nigeria');
    expect(inEffect.join('\n')).not.toMatch(/14% in effect/);
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 14% announced/));
    expect(cited).toContain('w02_newslineglobal-oduwole-14-percent-statement');
  });

  it('Philippines (NewsWatch Plus): the 19% of the deal is pending, not in effect', async () => {
    const { inEffect, pending } = await ask('rates philippines');
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 19% /));
    expect(inEffect.join('\n')).not.toMatch(/19% in effect/);
  });

  it('Indonesia (Newser, 2025-07-15): the 19% of the deal is pending and the 32% of the letter never in effect', async () => {
    const { inEffect, pending } = await ask('rates indonesia');
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 19% /));
    expect(inEffect.join('\n')).not.toMatch(/(?:19|32)% in effect/);
  });

  it('Singapore, Türkiye and Argentina: the 10% baseline is what their goods pay', async () => {
    for (const c of ['singapore', 'turkey', 'argentina']) {
      const { inEffect } = await ask(`rates ${c}`);
      expect(
        inEffect.find((l) => l.startsWith('Goods in general:')),
        c,
      ).toMatch(/^Goods in general: 10% in effect/);
    }
  });

  it('Australia (The New Daily): steel pays 50%, like every country’s steel', async () => {
    const { inEffect } = await ask('rates australia');
    expect(inEffect).toContainEqual(expect.stringMatching(/^Steel: 50% in effect/));
  });

  it('Sri Lanka (Ada Derana, 2025-07-18): the 30% the US notified on July 12 is pending; the 10% was the minimum on every country', async () => {
    // "the minimum rate was set at 10%, higher tariffs were applied to certain countries, with Sri Lanka
    // initially facing a tariff of 44%"; "notified Sri Lanka of a new tariff proposal reducing the rate to 30%".
    const { pending } = await ask('rates sri lanka --as-of 2025-07-18');
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 30% (?:proposed|threatened)/));
    const later = await ask('rates sri lanka');
    expect(later.pending).toContainEqual(
      expect.stringMatching(/^Goods in general: 30% (?:proposed|threatened)/),
    );
  });

  it('Malaysia (Malay Mail, 2025-07-09): the 25% for August 1 is one it still has time to negotiate away, so pending, not in effect', async () => {
    // "Malaysia still has time to negotiate with the United States before a newly announced 25 per cent
    // tariff takes effect on August 1".
    const { inEffect, pending } = await ask('rates malaysia');
    expect(inEffect.join('\n')).not.toMatch(/Goods in general: 25%/);
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 25% threatened/));
  });

  it('Israel (RTE, 2025-04-07): the 17% slapped on Israel in the "Liberation Day" announcement is announced, not in effect', async () => {
    // "just days after Mr Trump slapped a 17% tariff on Israel in his "Liberation Day" announcement last week".
    const { inEffect, pending } = await ask('rates israel');
    expect(inEffect.join('\n')).not.toMatch(/Goods in general: 17%/);
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 17% announced/));
  });

  it('Chile (Tuko, 2025-07-09): the copper 50% announced on imports from every country is listed under Chile', async () => {
    // "Copper giant Chile awaits 'official' news on US tariff raise"; "a 50 percent tariff on imports of the metal".
    const { pending } = await ask('rates chile --as-of 2025-07-09');
    expect(pending).toContainEqual(expect.stringMatching(/^Copper: 50% announced/));
  });

  it('Bangladesh (Bangladesh Pratidin, 2025-07-03): its proposal to cap tariffs on its exports at 10% shows, though the 10% baseline applies to all', async () => {
    // "the USTR reportedly declined Bangladesh's proposals to cap tariff rates on its exports to the US at 10 percent".
    const { pending } = await ask('rates bangladesh');
    expect(pending).toContainEqual(expect.stringMatching(/^Goods in general: 10% proposed/));
  });

  it('Pakistan (Business Recorder, 2025-04-29): "if tariff stays at 29%" does not make the 29% in effect', async () => {
    const { inEffect } = await ask('rates pakistan');
    expect(inEffect.join('\n')).not.toMatch(/Goods in general: 29%/);
  });

  it('European Union (AFP, 2025-09-16): the EU can be asked for and its 10% is cited from that article', async () => {
    const { reply } = await dispatchText('rates eu', {
      commands,
      corpus: () => corpus!,
      now: () => now,
      channel: null,
      digests: null,
      log: silentLogger,
    });
    const cited = reply.sections.flatMap((s) =>
      (s.items as { citations?: { articleId: string }[] }[]).flatMap((i) => i.citations ?? []),
    );
    expect(cited.map((c) => c.articleId)).toContain('j09_afp-us-lowers-japan-auto-tariffs-tuesday');
  });
});
