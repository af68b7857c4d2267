// Progressive enhancement for every page's chrome: the theme toggle (hidden by CSS without JavaScript). A guide's
// share control and section links are in guide-links.ts, which only guides load; neither imports the other, so
// each stays inline in the page and no page without a tool loads a script file.

const THEME_KEY = 'theme';
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return darkQuery.matches ? 'dark' : 'light';
}

/** The button's label, which says what a press does, follows the theme in force by CSS (ThemeToggle.astro). */
function setUpThemeToggle(button: HTMLButtonElement): void {
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be blocked (private mode, strict settings): the choice then lasts for this page only.
    }
  });
}

document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]').forEach(setUpThemeToggle);
