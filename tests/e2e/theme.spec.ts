import { expect, test } from '@playwright/test';

// The theme button's label says what a press does: "Switch to light theme" while the page is dark.
const toDark = { name: 'Switch to dark theme', exact: true } as const;
const toLight = { name: 'Switch to light theme', exact: true } as const;

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', toLight)).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('button', toDark)).toBeVisible();
});

test('the chosen theme is remembered across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();

  await page.getByRole('button', toDark).click();
  await expect(page.getByRole('button', toLight)).toBeVisible();
  const darkBackground = await background();
  expect(darkBackground).not.toBe(lightBackground);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  expect(await background()).toBe(darkBackground);
  await page.reload();
  expect(await background()).toBe(darkBackground);
  await expect(page.getByRole('button', toLight)).toBeVisible();
});

test('a remembered theme applies before the first paint, with no flash of the other theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/about/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Read the theme from the first script that runs after the theme bootstrap, before any stylesheet paints.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
          document.documentElement.dataset['theme'];
      }
    });
  });
  await page.goto('/guides/');
  const themeAtParse = await page.evaluate(
    () => (window as unknown as { themeAtParse?: string }).themeAtParse,
  );
  expect(themeAtParse).toBe('dark');
});

test('the theme toggle is hidden when JavaScript is off, and the page follows the system theme', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: /theme/ })).toBeHidden();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 27)');
  await context.close();
});
