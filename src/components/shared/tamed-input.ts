// Every text box that keeps text takes it through tameText (src/lib/text/tame.ts), however it comes in.
import { tameText, untouched, type TamedText } from '../../lib/text/tame';

/**
 * A paste or a drop of `given` into `box`, which keeps at most `limit` characters: left to the browser when it
 * fits as it is, otherwise cancelled and the tamed text put at the caret instead. Returns what taming cut, or
 * undefined when it cut nothing.
 */
export function insertTamed(
  event: Event & { currentTarget: HTMLTextAreaElement | HTMLInputElement },
  given: string,
  limit: number,
): TamedText | undefined {
  const box = event.currentTarget;
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? start;
  const tamed = tameText(given, limit - (box.value.length - (end - start)));
  if (untouched(tamed)) return undefined;
  event.preventDefault();
  box.focus();
  box.setRangeText(tamed.text, start, end, 'end');
  return tamed;
}

/**
 * Whatever else changed the box in place (typing, undo, a drop the browser placed itself): the same bounds,
 * applied to the whole value. Returns the value to keep and what taming cut, if anything.
 */
export function tameBox(box: HTMLTextAreaElement | HTMLInputElement, limit: number): TamedText {
  const tamed = tameText(box.value, limit);
  if (!untouched(tamed)) box.value = tamed.text;
  return tamed;
}
