import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import type { APIContext, GetStaticPaths } from 'astro';
import satori from 'satori';
import { PAGES, SITE_TAGLINE, SITE_TITLE } from '../../consts';
import { getPublishedGuides } from '../../data/guides';
import { TOOLS } from '../../data/tools';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardText } from '../../lib/og/card';

// Fonts come from an npm package on disk: the build fetches nothing from the network.
const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  readFile(require.resolve(`@fontsource/literata/files/literata-latin-${weight}-normal.woff`));
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Literata',
      data: await fontFile(weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export const getStaticPaths = (async () => {
  const guides = await getPublishedGuides();
  const pages = Object.entries(PAGES).map(([key, page]) => ({
    params: { slug: key },
    props: { kicker: SITE_TAGLINE, title: page.title, line: page.cardLine, siteName: SITE_TITLE },
  }));
  const guideCards = guides.map((guide) => ({
    params: { slug: `guides/${guide.id}` },
    props: { kicker: 'Guide', title: guide.data.title, line: guide.data.cardLine, siteName: SITE_TITLE },
  }));
  const toolCards = TOOLS.filter((tool) => tool.available).map((tool) => ({
    params: { slug: `tools/${tool.slug}` },
    props: { kicker: 'Free tool', title: tool.name, line: tool.cardLine, siteName: SITE_TITLE },
  }));
  return [...pages, ...guideCards, ...toolCards];
}) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<CardText>) {
  const svg = await satori(cardTree(props) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  // Satori has already turned the text into paths, so resvg needs no fonts (scanning the system's costs ~3 ms
  // a card); renderAsync draws on libuv's thread pool, so with build.concurrency the next page builds meanwhile.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false },
  });
  const png = image.asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
