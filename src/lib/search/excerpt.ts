import { decodeEntities } from '../markdown/plain-text';

export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

/**
 * Splits a Pagefind excerpt (text with `<mark>` around matched words) into plain-text parts, so the
 * page renders it as text nodes and never as HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let highlighted = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      highlighted = tag === '<mark>';
      continue;
    }
    const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, highlighted });
  }
  return parts;
}
