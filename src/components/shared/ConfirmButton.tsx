import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A button for a step that throws away the owner's answers: it asks first, with a confirming button ("Yes,
 * discard it" unless told otherwise) and one to keep them in its place, so one stray tap loses nothing. Focus follows:
 * to the keeping button when it asks (the safe choice), and back to the button when she keeps her answers or when the
 * button is still there after she discards them. Where the button goes away with the answers, the caller moves
 * focus in `onConfirm`.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel = 'Yes, discard it',
  keepLabel = 'Keep it',
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  keepLabel?: string;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Focus moves only after the owner has used this control, never on the first render.
  const used = useRef(false);
  useEffect(() => {
    if (!used.current) return;
    (asking ? keep : button).current?.focus();
  }, [asking]);
  const answer = (confirm: boolean) => {
    used.current = true;
    setAsking(false);
    if (confirm) onConfirm();
  };
  return asking ? (
    <p class="button-row">
      <span>{question}</span>
      <button type="button" class="button" onClick={() => answer(true)}>
        {confirmLabel}
      </button>
      <button type="button" class="button" ref={keep} onClick={() => answer(false)}>
        {keepLabel}
      </button>
    </p>
  ) : (
    <button
      type="button"
      class="button"
      ref={button}
      onClick={() => {
        used.current = true;
        setAsking(true);
      }}
    >
      {label}
    </button>
  );
}
