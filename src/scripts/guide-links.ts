// Progressive enhancement for a guide: the share control and the section links. Without JavaScript the share
// control is hidden by CSS and a section link just goes to its section, so the guide reads the same.

/**
 * The address to share: the canonical path on the origin the reader is on, without the query, and with a
 * section's hash when one is given.
 */
function shareableUrl(hash = ''): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  const path = canonical ? new URL(canonical.href).pathname : location.pathname;
  return new URL(path + hash, location.origin).href;
}

/** Says a message in a live region; emptied first, so the same message twice is said twice. */
function announcer(status: HTMLElement): (message: string) => void {
  return (message) => {
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };
}

function setUpShare(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('button');
  const label = root.querySelector<HTMLElement>('[data-share-label]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (!button || !label || !status) return;
  const canShare = typeof navigator.share === 'function';
  label.textContent = canShare ? 'Share this guide' : 'Copy link to this guide';
  const announce = announcer(status);

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
  // On a page with a tool this script arrives after the first paint: say when the button works.
  root.dataset['ready'] = '';
}

/**
 * A section's "#" link still goes to its section, and also copies the section's full address. The live region
 * is in the page before anything is said in it, so screen readers listen to it; it empties after a while.
 */
function setUpSectionLinks(links: NodeListOf<HTMLAnchorElement>): void {
  if (links.length === 0) return;
  const status = document.createElement('p');
  status.className = 'section-status';
  status.setAttribute('role', 'status');
  document.body.append(status);
  const announce = announcer(status);
  let timer = 0;
  for (const link of links) {
    link.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(shareableUrl(link.hash));
      } catch {
        return; // Nothing copied, nothing to say: the link has still gone to its section.
      }
      announce('Link to this section copied');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => (status.textContent = ''), 4000);
    });
  }
}

document.querySelectorAll<HTMLElement>('[data-share]').forEach(setUpShare);
setUpSectionLinks(document.querySelectorAll<HTMLAnchorElement>('a.heading-anchor'));
