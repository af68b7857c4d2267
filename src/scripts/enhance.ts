// Progressive enhancement for the page chrome: the theme toggle and the share control.
// Everything here is optional; without JavaScript both controls are hidden by CSS and the page reads the same.

const THEME_KEY = 'theme';
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return darkQuery.matches ? 'dark' : 'light';
}

function setUpThemeToggle(button: HTMLButtonElement): void {
  const sync = () => button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be blocked (private mode, strict settings): the choice then lasts for this page only.
    }
    sync();
  });
  darkQuery.addEventListener('change', sync);
  sync();
}

/** The address to share: the canonical path on the origin the reader is on, without query or hash. */
function shareableUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  const path = canonical ? new URL(canonical.href).pathname : location.pathname;
  return new URL(path, location.origin).href;
}

function setUpShare(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('button');
  const label = root.querySelector<HTMLElement>('[data-share-label]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (!button || !label || !status) return;
  const canShare = typeof navigator.share === 'function';
  label.textContent = canShare ? 'Share this guide' : 'Copy link to this guide';

  const announce = (message: string) => {
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };

  button.addEventListener('click', async () => {
    const url = shareableUrl();
    if (canShare) {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      announce('Link copied. Paste it anywhere to share this guide.');
    } catch {
      announce(`Could not copy automatically. The link is ${url}`);
    }
  });
}

document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]').forEach(setUpThemeToggle);
document.querySelectorAll<HTMLElement>('[data-share]').forEach(setUpShare);
