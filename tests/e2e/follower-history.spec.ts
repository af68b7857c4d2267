// The follower-history mode of the estimator: every example export read in Chromium, bursts labelled, real
// names sampled and judged, a pasted series of counts, and what survives a reload. Nothing may leave the
// page: the exports are read on the device.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openFollowerHistory, waitForIslands, watchForProblems } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EXAMPLES = [
  {
    label: 'Instagram, JSON',
    file: 'instagram-export-json.zip',
    dated: true,
    link: /^https:\/\/www\.instagram\.com\/[a-z0-9._]+\/$/,
  },
  {
    label: 'Instagram, HTML',
    file: 'instagram-export-html.zip',
    dated: true,
    link: /^https:\/\/www\.instagram\.com\/[a-z0-9._]+\/$/,
  },
  {
    label: 'TikTok, JSON',
    file: 'tiktok-export-json.zip',
    dated: true,
    link: /^https:\/\/www\.tiktok\.com\/@[a-z0-9._]+$/,
  },
  {
    label: 'TikTok, TXT',
    file: 'tiktok-export-txt.zip',
    dated: true,
    link: /^https:\/\/www\.tiktok\.com\/@[a-z0-9._]+$/,
  },
  {
    label: 'X (Twitter) archive',
    file: 'x-archive.zip',
    dated: false,
    link: /^https:\/\/x\.com\/intent\/user\?user_id=\d+$/,
  },
  { label: 'Facebook, JSON', file: 'facebook-export-json.zip', dated: true, link: undefined },
  { label: 'Facebook, HTML', file: 'facebook-export-html.zip', dated: true, link: undefined },
];

const openHistory = async (page: Page) => (await openFollowerHistory(page)).tool;

async function loadExample(page: Page, label: string) {
  const tool = await openHistory(page);
  await tool.getByLabel('No export to hand? Try it with an example:').selectOption({ label });
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  await expect(tool.getByRole('heading', { name: 'What the export says' })).toBeVisible();
  return tool;
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include('.estimator').withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
}

for (const example of EXAMPLES) {
  test(`reads the ${example.label} example, charts it and samples real names, with nothing sent anywhere`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchForProblems(page, new URL(baseURL!).origin);
    const tool = await loadExample(page, example.label);
    await expect(tool.getByText(/^This is a made-up example export: it lists 4,\d{3} /)).toBeVisible();
    if (example.dated) {
      await expect(tool.getByRole('img', { name: /New followers per (day|week)/ })).toBeVisible();
      await expect(tool.getByRole('heading', { name: /Burst \d: 12 Mar 2026/ })).toBeVisible();
      await expect(tool.getByRole('heading', { name: /Burst \d: (19|20|21) Sept? 2025/ })).toBeVisible();
      await expect(tool.getByText(/came in bursts you have not explained yet \(between/)).toBeVisible();
    } else {
      await expect(tool.getByText(/no follow dates/)).toBeVisible();
    }
    await expectAxeClean(page);

    await tool.getByRole('button', { name: /Pick \d+ .* followers to check/ }).click();
    const sample = tool.getByRole('region', { name: /Sample of all 4,\d{3} followers/ });
    await expect(sample).toBeVisible();
    // Drawing again would replace this sample, but it has no answers yet: nothing to warn about.
    await expect(tool.getByText(/This replaces the sample/)).toHaveCount(0);
    const account = sample.locator('.spot-account h3');
    const name = (await account.textContent())!.replace(/\s*\(\d+ of \d+\)$/, '');
    expect(name.length).toBeGreaterThan(0);
    // The example's names are made up: none links to a real profile.
    await expect(sample.getByText(/is a made-up name from the example export/)).toBeVisible();
    await expect(sample.getByRole('link', { name: /^Open .* on / })).toHaveCount(0);
    await sample.getByRole('radio', { name: 'Looks like a real person' }).check();
    await expect(sample.getByText('The one follower you judged looked real.')).toBeVisible();
    await expect(
      tool.getByText(/This replaces the sample of the same kind you drew before, and your answers/),
    ).toBeVisible();
    await expectAxeClean(page);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
  });
}

for (const example of EXAMPLES) {
  test(`the ${example.label} example chosen as a file of one's own links each sampled name to its profile`, async ({
    page,
  }) => {
    const { tool, input } = await openFollowerHistory(page);
    await input.setInputFiles(`public/examples/${example.file}`);
    await expect(
      tool.getByText(/^Your (Instagram|TikTok|X \(Twitter\)|Facebook) export lists 4,\d{3} followers/),
    ).toBeVisible();
    await tool.getByRole('button', { name: /Pick \d+ .* followers to check/ }).click();
    const sample = tool.getByRole('region', { name: /Sample of all 4,\d{3} followers/ });
    if (example.link) {
      const link = sample.getByRole('link', { name: /^Open .* on / });
      await expect(link).toHaveAttribute('href', example.link);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      await expect(sample.getByText(/the export gives display names, not links to profiles/)).toBeVisible();
    }
  });
}

test('labels a burst, samples it beside everyone, and keeps it all over a reload', async ({ page }) => {
  const tool = await loadExample(page, 'Instagram, JSON');
  const share = tool.locator('.burst-share');
  const before = await share.textContent();
  const bought = tool.locator('.burst', { has: page.getByRole('heading', { name: /12 Mar 2026/ }) });
  const giveaway = tool.locator('.burst', { has: page.getByRole('heading', { name: /Sept? 2025/ }) });
  await giveaway.getByRole('radio', { name: 'A giveaway or contest' }).check();
  await expect(share).not.toHaveText(before!);
  await expect(share).toContainText('the bursts you have not explained');

  await bought.getByRole('button', { name: /Check a sample of these 9\d\d/ }).click();
  await expect(
    tool.getByRole('radio', { name: /Burst \d: the 9\d\d who came on 12 Mar 2026/ }),
  ).toBeChecked();
  // The quickest sample is the default, as in the spot-check: about 20 minutes, not 47.
  await expect(
    tool.getByRole('radio', { name: /^About (1[89]|2[0-2]) minutes: \d+ followers/ }),
  ).toBeChecked();
  await tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ }).click();
  const burstSample = tool.getByRole('region', { name: /Sample of the followers who came on 12 Mar 2026/ });
  await burstSample.getByRole('radio', { name: 'Looks fake' }).check();
  await tool.getByRole('radio', { name: /^All 4,\d{3} followers$/ }).check();
  await tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ }).click();
  const allSample = tool.getByRole('region', { name: /Sample of all 4,\d{3} followers/ });
  await allSample.getByRole('radio', { name: 'Looks like a real person' }).check();
  await expect(tool.getByRole('heading', { name: 'The two samples side by side' })).toBeVisible();
  await expectAxeClean(page);

  await page.reload();
  await waitForIslands(page);
  const again = page.getByRole('region', { name: 'Fake-follower estimator' });
  await again.getByRole('radio', { name: 'Follower history' }).check();
  await expect(again.getByRole('heading', { name: 'What the export says' })).toBeVisible();
  await expect(
    again.locator('.burst', { has: page.getByRole('heading', { name: /Sept? 2025/ }) }).getByRole('radio', {
      name: 'A giveaway or contest',
    }),
  ).toBeChecked();
  await expect(again.getByRole('heading', { name: 'The two samples side by side' })).toBeVisible();
  await expect(again.getByText(/choose the export again above/)).toBeVisible();
  await expect(again.getByRole('button', { name: /Pick \d+ Instagram followers to check/ })).toBeDisabled();
  await expectAxeClean(page);
  await again.getByRole('button', { name: 'Clear this export and its samples' }).click();
  await expect(again.getByRole('heading', { name: 'What the export says' })).toHaveCount(0);
});

test('runs the burst check on a pasted series of counts, says which lines it could not read, and keeps the text', async ({
  page,
}) => {
  const tool = await openHistory(page);
  const lines: string[] = [];
  for (let day = 1; day <= 60; day++) {
    const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    const count = 5000 + day * 6 + (day >= 40 ? 2500 : 0);
    lines.push(`${date}, ${count.toLocaleString('en-GB')}`);
  }
  lines.splice(10, 0, 'yesterday, 5,000', '2026-02-31, 5,100');
  const text = `date,followers\n${lines.join('\n')}`;
  const field = tool.getByLabel('Dates and follower counts, one pair per line');
  await field.fill(text);
  await expect(
    tool.getByText(/Line 12 starts without a date.*Line 13 has a date that does not exist/),
  ).toBeVisible();
  await expect(tool.getByRole('img', { name: /Change in followers per day/ })).toBeVisible();
  await expect(tool.getByRole('heading', { name: 'Burst 1: 9 Feb 2026' })).toBeVisible();
  await expectAxeClean(page);
  await page.reload();
  await waitForIslands(page);
  const again = page.getByRole('region', { name: 'Fake-follower estimator' });
  await again.getByRole('radio', { name: 'Follower history' }).check();
  await expect(again.getByLabel('Dates and follower counts, one pair per line')).toHaveValue(text);
});

test('a series count of 1e308 is called larger than the most followers a line may hold, next to the box', async ({
  page,
}) => {
  const tool = await openHistory(page);
  const field = tool.getByLabel('Dates and follower counts, one pair per line');
  await field.fill('2026-03-10, 4,210\n2026-03-11, 1e308\n2026-03-12, -5\n2026-03-13, 3.5');
  await expect(field).toHaveAccessibleDescription(
    /Line 2 has a count above 1,000,000,000, the most followers a line may hold\. Line 3 has a count below zero, which no follower count can be\. Line 4 has a count that is not a whole number\./,
  );
});

test('a file that is not an export gets its message next to the chooser, and the page stays usable', async ({
  page,
}) => {
  const tool = await openHistory(page);
  const input = tool.getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)');
  await input.setInputFiles({
    name: 'followers_1.json',
    mimeType: 'application/json',
    buffer: Buffer.from('[{"title": '),
  });
  const message = tool.locator('.follower-history .field-error');
  await expect(message).toHaveText(/followers_1\.json could not be read: the file ends before its JSON does/);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expectAxeClean(page);
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  await expect(tool.getByRole('heading', { name: 'What the export says' })).toBeVisible();
  await expect(message).toHaveCount(0);
});

test('a different export does not wipe answered samples without asking', async ({ page }) => {
  const tool = await loadExample(page, 'Instagram, JSON');
  await tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ }).click();
  await tool.getByRole('radio', { name: 'Looks like a real person' }).check();
  await tool.getByLabel('No export to hand? Try it with an example:').selectOption({ label: 'TikTok, JSON' });
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  const question = tool.getByRole('alert').filter({ hasText: 'is a different export from' });
  await expect(question).toBeVisible();
  await expectAxeClean(page);
  await question.getByRole('button', { name: 'Keep my check' }).click();
  await expect(tool.getByText(/lists 4,\d{3} Instagram followers/)).toBeVisible();
  await expect(tool.getByText(/1 of \d+ checked/)).toBeVisible();
  await expect(tool.getByText(/choose the export again above/)).toBeVisible();
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  await tool.getByRole('alert').getByRole('button', { name: 'Replace it' }).click();
  await expect(tool.getByText(/lists 4,\d{3} TikTok followers/)).toBeVisible();
  await expect(tool.getByRole('button', { name: /Pick \d+ TikTok followers to check/ })).toBeEnabled();
});
