/**
 * Text from a file or a form, shortened for showing: at most `max` characters (UTF-16 units) and an
 * ellipsis when cut. A character made of two units is never split in half.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
