import { useState } from 'preact/hooks';

/**
 * A button for a step that throws away the owner's answers: it asks first, with "Yes, discard it" and
 * "Keep it" in its place, so one stray tap loses nothing.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <p class="button-row">
      <span>{question}</span>
      <button type="button" class="button" onClick={onConfirm}>
        Yes, discard it
      </button>
      <button type="button" class="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </p>
  ) : (
    <button type="button" class="button" onClick={() => setAsking(true)}>
      {label}
    </button>
  );
}
