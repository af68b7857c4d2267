/** Size of every social card, as Open Graph and Twitter's large summary card expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const TEXT_WIDTH = 1000;

export interface CardText {
  kicker: string;
  title: string;
  line: string;
  siteName: string;
}

/** A node in the element tree satori renders (its JSX-free form). */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children: CardChildren };
}

type CardChildren = (CardNode | string)[] | CardNode | string;

const node = (type: string, style: Record<string, string | number>, children: CardChildren): CardNode => ({
  type,
  props: { style, children },
});

/** Title size that keeps long titles inside the card: smaller type as the title grows. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 60) return 62;
  return 52;
}

/** The social card layout: kicker, title, card line and site name on the site's colours. */
export function cardTree({ kicker, title, line, siteName }: CardText): CardNode {
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: '#fbfaf6',
      color: '#1d2125',
      borderLeft: '24px solid #0a6447',
      fontFamily: 'Literata',
    },
    [
      node(
        'div',
        { display: 'flex', fontSize: 30, fontWeight: 700, color: '#0a6447', letterSpacing: 2 },
        kicker.toUpperCase(),
      ),
      node('div', { display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
        node(
          'div',
          { fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, width: TEXT_WIDTH },
          title,
        ),
        node(
          'div',
          { marginTop: 28, fontSize: 34, color: '#4f5660', lineHeight: 1.3, width: TEXT_WIDTH },
          line,
        ),
      ]),
      node('div', { display: 'flex', alignItems: 'center', fontSize: 32, fontWeight: 700 }, [
        node('div', { width: 40, height: 40, borderRadius: 10, background: '#0a6447', marginRight: 18 }, []),
        node('div', {}, siteName),
      ]),
    ],
  );
}
