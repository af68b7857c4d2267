// The facts issue 20's source check corrected stay corrected: each test names the fact and the wording it
// must keep (or never use again) in the guides and the estimator's how-to and method.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sentencesOf } from '../../../src/lib/text/sentences';

function read(path: string) {
  const text = readFileSync(join(process.cwd(), path), 'utf8');
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [, '', text];
  return {
    path,
    body,
    data: (frontMatter ? parse(frontMatter) : {}) as {
      sources?: { title: string; year: number; publisher: string }[];
    },
  };
}

const guideDir = 'src/content/guides';
const guides = readdirSync(join(process.cwd(), guideDir))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => read(`${guideDir}/${name}`));
const method = read('src/content/tools/fake-follower-estimator/method.mdx');
const howTo = read('src/content/tools/fake-follower-estimator/how-to.mdx');
const summary = read('src/content/tools/fake-follower-estimator/summary.mdx');
const auditMethod = read('src/content/tools/fake-follower-estimator/audit-method.mdx');
const pages = [...guides, method, auditMethod, howTo, summary];
const guide = (slug: string) => guides.find((g) => g.path.endsWith(`/${slug}.mdx`))!;
const sentences = pages.flatMap(({ body }) => sentencesOf(body));

describe('corrected facts', () => {
  it.each([
    ['more than 1,800', 'Rival IQ’s 2019 report covered 1,800 brands, 150 in each of 12 industries'],
    ['not influencers', 'influencers are one of Rival IQ’s 14 industries'],
    ['several times higher', 'no source for influencers’ rates'],
    ['Quoted from the report', 'the 2025 figures come from summaries of the report'],
    ['well-studied', 'the loyalty link rests on a 1990 article: long-observed'],
    ['missing pet', 'Meta’s exemption example is a missing child'],
    ['monthly active users in the last quarter of 2024', 'Meta’s 10-K wording was not checked'],
    ['same size', 'the quick check has one median per platform, not one per size'],
  ])('never says “%s” (%s)', (phrase) => {
    expect(pages.filter(({ body }) => body.includes(phrase)).map(({ path }) => path)).toEqual([]);
  });

  it('dates each Instagram benchmark: 1.6% is 2019’s, 0.36% is for 2024 posts', () => {
    for (const sentence of sentences.filter((s) => s.includes('1.6%'))) expect(sentence).toMatch(/2019/);
    for (const sentence of sentences.filter((s) => s.includes('0.36%')))
      expect(sentence).toMatch(/2024|2025/);
  });

  it('says the 2025 Rival IQ figures are as reported in summaries', () => {
    expect(guide('before-you-pay-an-influencer').body).toMatch(
      /as reported in summaries of \[Rival IQ's 2025/,
    );
    expect(method.body).toMatch(
      /as reported in summaries of its 2025 Social Media Industry Benchmark Report/,
    );
    expect(method.body).toMatch(/median across 14 industries, one of them influencers/);
  });

  it('cites the CAP-CMA influencers’ guide in its third edition, and Disclosures 101 as first published in 2019', () => {
    const sources = guide('before-you-pay-an-influencer').data.sources ?? [];
    const capCma = sources.find((s) => s.title.startsWith("Influencers' guide"));
    expect(capCma).toMatchObject({ year: 2023 });
    expect(capCma?.title).toMatch(/third edition, March 2023/);
    expect(capCma?.publisher).toMatch(/CAP.*CMA/);
    expect(sources.find((s) => s.title.startsWith('Disclosures 101'))).toMatchObject({ year: 2019 });
  });

  it('says a creator’s bought followers are the creator’s breach and bad value, not the business’s legal risk', () => {
    const body = guide('before-you-pay-an-influencer').body;
    expect(body).toMatch(/buying them to misrepresent your own influence for a commercial purpose/);
    expect(body).toMatch(/that breach is the creator's, not yours/);
    expect(body).not.toMatch(/not a risk worth taking/);
  });

  it('says at most 5,500 local people, since not every follower sees a reel', () => {
    expect(guide('before-you-pay-an-influencer').body).toMatch(/at most 5,500 local people/);
  });

  it('says the 497 real and 100 fake InstaFake accounts are half of its 994 and 200', () => {
    expect(auditMethod.body).toMatch(
      /994 real and 200 fake accounts in all; the tool was calibrated on the half/,
    );
  });

  it('keeps the loyalty guide’s worked month to five rows and three columns of likes-and-comments rates', () => {
    const table = guide('measure-loyalty-not-likes')
      .body.split('\n')
      .filter((line) => line.startsWith('|'));
    const rows = table.slice(2);
    expect(rows.length).toBeLessThanOrEqual(6);
    for (const line of table) expect(line.split('|').length - 2).toBe(3);
    const rates = rows.filter((line) => line.includes('%') && /per /.test(line));
    expect(rates.map((line) => line.split('|')[1]!.trim())).toEqual([
      'Likes and comments per person reached',
      'Likes and comments per follower',
    ]);
    // Reach below followers: the rate per person reached is the higher one, month by month.
    const [perReach, perFollower] = rates.map((line) =>
      line
        .split('|')
        .slice(2, 4)
        .map((cell) => parseFloat(cell)),
    );
    perReach!.forEach((rate, month) => expect(rate).toBeGreaterThan(perFollower![month]!));
  });
});
