import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Builds the link when the button is pressed, so it always carries the latest state. */
  link: () => string;
  label?: string;
}

/** Copies a link and says so in a status message next to the button, visibly and to screen readers. */
export function CopyLinkButton({ link, label = 'Copy link' }: Props) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    const url = link();
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied. Anyone who opens it sees what you see now.');
    } catch {
      setMessage(`Could not copy automatically. The link is ${url}`);
    }
    timer.current = window.setTimeout(() => setMessage(''), 8000);
  }

  return (
    <div class="copy-link">
      <button type="button" class="button" onClick={() => void copy()}>
        {label}
      </button>
      <p role="status" class="copy-link-status">
        {message}
      </p>
    </div>
  );
}
