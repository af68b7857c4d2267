import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, titleFontSize, type CardNode } from '../../src/lib/og/card';

function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return node ? [node] : [];
  const { children } = node.props;
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('social card', () => {
  it('is 1200 by 630 pixels, the size link previews expect', () => {
    const tree = cardTree({
      kicker: 'Guide',
      title: 'Measure loyalty',
      line: 'Count what pays.',
      siteName: 'Real Reach',
    });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630, boxSizing: 'border-box' });
  });

  it('prints the kicker, the title, the card line and the site name', () => {
    const tree = cardTree({
      kicker: 'Guide',
      title: 'Measure loyalty',
      line: 'Count what pays.',
      siteName: 'Real Reach',
    });
    expect(texts(tree)).toEqual(['GUIDE', 'Measure loyalty', 'Count what pays.', 'Real Reach']);
  });

  it('sets long titles smaller so they stay on the card', () => {
    expect(titleFontSize('Short title')).toBeGreaterThan(
      titleFontSize('A title that runs to well over sixty characters in all, really'),
    );
    expect(titleFontSize('x'.repeat(80))).toBeGreaterThanOrEqual(48);
  });
});
