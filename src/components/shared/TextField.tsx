import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { tameBox } from './tamed-input';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown next to the field; marks it invalid. */
  error?: string | undefined;
  /** Shown next to the field without marking it invalid. */
  warning?: string | undefined;
  /** What taming cut from the text the field was given (restored, or from a link), said under it. */
  note?: string | undefined;
  hint?: ComponentChildren;
  inputMode?: 'numeric' | 'decimal' | 'text';
  suffix?: string;
  autoComplete?: string;
  /** The most characters the field takes, so that what is typed can always be kept as typed. */
  maxLength?: number | undefined;
}

/**
 * A labelled text input whose message sits right under it and is tied to it with aria-describedby.
 * Numbers are typed into text inputs on purpose: type=number drops what it cannot parse, and the reader's
 * own text must never be lost or silently rewritten.
 */
export function TextField({
  label,
  value,
  onInput,
  error,
  warning,
  note,
  hint,
  inputMode = 'decimal',
  suffix,
  autoComplete = 'off',
  maxLength,
}: Props) {
  const id = useId();
  const message = error ?? warning;
  const describedBy = [hint && `${id}-hint`, message && `${id}-message`, note && `${id}-note`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <div class="field-input">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          maxLength={maxLength}
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          // The same taming as every box that keeps text: the browser's maxLength cuts a paste, not its marks.
          onInput={(event) => onInput(tameBox(event.currentTarget, maxLength ?? Infinity).text)}
        />
        {suffix && (
          <span class="field-suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      {message && (
        <p id={`${id}-message`} class={error ? 'field-error' : 'field-warning'}>
          {message}
        </p>
      )}
      {note && (
        <p id={`${id}-note`} class="field-hint" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
