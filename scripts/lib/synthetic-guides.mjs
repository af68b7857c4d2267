// Synthetic guides for the build scaling benchmark: N MDX files that pass the real guide schema and look like
// the real guides in size and shape (1,150 to 1,350 words against their 1,300 to 1,400, in ## and ### sections,
// with lists, citations of every listed source and a link to another guide), but are plainly made up: every
// title starts "Synthetic guide". Deterministic: guide i has the same text for any N up to 9,999, except for
// the guide it links to.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/lib/stats/seeded.ts';

/** @typedef {{ slug: string, fileName: string, text: string }} SyntheticGuide */

const pick = (random, list) => list[Math.floor(random() * list.length)];
const whole = (random, low, high) => Math.floor(low + random() * (high - low + 1));

/** `count` different items of `list`, in random order. */
function sample(random, list, count) {
  const pool = [...list];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

const BUSINESSES = [
  'bakery',
  'bike shop',
  'florist',
  'dental practice',
  'hair salon',
  'bookshop',
  'corner café',
  'car garage',
  'plumber',
  'yoga studio',
  'butcher',
  'dog groomer',
  'tailor',
  'hardware shop',
  'ice-cream parlour',
  'guest house',
];
const PLATFORMS = ['Instagram', 'Facebook', 'TikTok', 'LinkedIn', 'Pinterest', 'Threads', 'YouTube'];
const ACTIONS = [
  'replies',
  'saves',
  'shares',
  'direct messages',
  'repeat visits',
  'bookings',
  'questions about opening hours',
  'clicks to the booking page',
];
const PRODUCTS = [
  'seasonal loaf',
  'spring service',
  'wedding bouquet',
  'evening appointment',
  'gift voucher',
  'Saturday workshop',
  'new stock',
  'loyalty card',
];
const TOPICS = [
  'counting replies instead of likes',
  'a posting rhythm you can keep up',
  'answering every real comment',
  'posts your customers would save',
  'checking where new followers came from',
  'a fair reward for regulars',
  'reading the numbers behind a busy week',
  'writing for the customers you have',
  'one useful post a week',
  'spotting followers who never reply',
  'asking questions people want to answer',
  'turning a question into a post',
  'measuring visits, not views',
  'a quiet month on social media',
  'giveaways that bring the wrong crowd',
  'keeping a simple score sheet',
];
const TAGS = [
  'engagement',
  'followers',
  'loyalty',
  'local-shops',
  'measurement',
  'posting',
  'community',
  'promotions',
  'fake-followers',
  'customer-service',
  'planning',
  'benchmarks',
];
const PUBLISHERS = [
  'Synthetic Institute of Small Business',
  'Example Journal of Marketing',
  'Placeholder Retail Review',
  'Imaginary Social Media Lab',
  'Demo Consumer Research Quarterly',
];
const SOURCE_TOPICS = [
  'how small audiences respond',
  'repeat custom in local services',
  'what a follow is worth',
  'reach after a feed change',
  'engagement rates by page size',
  'fairness of member-only prices',
  'bought followers and their traces',
  'reading time and trust',
];
const HEADINGS = [
  'The number on the screen is not the goal',
  'Start from what customers already value',
  'A small audience that answers is worth more',
  'What a reply tells you that a like cannot',
  'Keep one fair price for everyone',
  'Plan posts around the questions you hear',
  'Look at the last ten posts before the next one',
  'What the research does and does not say',
  'Why a steady rhythm beats a burst',
  'Watch for followers who never turn up',
  'Let the best customers hear first',
  'A simple score you can keep on paper',
];
const SUBHEADINGS = [
  'On a busy Saturday',
  'In a quiet month',
  'When a post goes further than usual',
  'When nobody answers',
  'For customers who are not online',
  'For the regulars',
  'Before a launch',
  'After a giveaway',
];

/** Sentence templates: each takes the guide's setting and a generator, and returns one sentence. */
const SENTENCES = [
  (s, r) =>
    `A ${s.business} that posts on ${pick(r, PLATFORMS)} twice a week can usually tell within a month which posts bring people through the door.`,
  (s, r) =>
    `Last spring the owner counted ${whole(r, 3, 40)} ${pick(r, ACTIONS)} from one post about the ${pick(r, PRODUCTS)}, and more than half came from people who had bought before.`,
  () =>
    `The follower count went up by a few dozen that week, but the till told a clearer story than the screen did.`,
  (s, r) =>
    `Write down the ${pick(r, ACTIONS)} each post led to, not the likes, and after six weeks a pattern is hard to miss.`,
  (s, r) =>
    `Customers of a ${s.business} rarely follow it for entertainment; they follow it to hear about the ${pick(r, PRODUCTS)} before it sells out.`,
  (s, r) =>
    `A post that answers a real question, such as whether the ${pick(r, PRODUCTS)} can be booked by phone, tends to be saved and passed on.`,
  (s, r) =>
    `When ${whole(r, 2, 9)} people out of ${whole(r, 300, 900)} followers reply, that is a small share, yet each reply is a person you can answer by name.`,
  () => `None of this needs special software: a notebook by the till and ten minutes on a Friday are enough.`,
  (s, r) =>
    `Suppose a ${pick(r, BUSINESSES)} down the road has ten times as many followers but hears from almost none of them; its reach looks large and does very little.`,
  (s, r) =>
    `The platforms decide how many followers see a post, and on ${pick(r, PLATFORMS)} they lean heavily on whether people respond to it.`,
  (s, r) =>
    `Around ${whole(r, 10, 60)} per cent of the people who asked about the ${pick(r, PRODUCTS)} had heard about it first in a post, which is worth knowing before changing anything.`,
  () =>
    `It helps to ask regulars what made them come back, because their answers are usually the best ideas for the next post.`,
  (s, r) =>
    `A short video of the ${pick(r, PRODUCTS)} being made says more about the ${s.business} than a polished advert does.`,
  () =>
    `Keep the tone plain and friendly; people can tell when a post was written to please an algorithm rather than a customer.`,
  (s, r) =>
    `If a post draws ${pick(r, ACTIONS)} from people who live nowhere near the shop, treat the figure with care before celebrating it.`,
  (s, r) =>
    `The owner of one ${pick(r, BUSINESSES)} found that a weekly post at the same time on ${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} morning was easier to keep up than daily posting.`,
  () =>
    `Figures from large brands are a guide to direction, not a promise, because a local shop works on a very different scale.`,
  (s, r) =>
    `Even ${whole(r, 2, 12)} thoughtful replies a week add up to hundreds of conversations a year, each with someone who chose to speak to you.`,
  () =>
    `Answer every real comment within a day if you can; a prompt reply is often remembered longer than the post itself.`,
  (s, r) =>
    `Customers who do not use ${pick(r, PLATFORMS)} deserve the same news by another route, such as a paper list by the till or a short email.`,
  (s, r) =>
    `A giveaway can add ${whole(r, 200, 1500)} followers in a week, yet most of them came for the prize and will not be back.`,
  () =>
    `Before anything goes out, ask whether you would stop scrolling for it yourself, and be honest about the answer.`,
  (s, r) =>
    `Look at which posts led to ${pick(r, ACTIONS)} and which led to silence, then make more of the first kind.`,
  (s, r) =>
    `A ${s.business} in ${pick(r, ['Leeds', 'Cardiff', 'Bristol', 'Glasgow', 'Norwich', 'York', 'Belfast', 'Exeter'])} tried this for a season and kept it, mostly because it took less time than guessing.`,
  () => `The point is not to post less or more, but to post things that someone is glad to have seen.`,
  (s, r) =>
    `Over ${whole(r, 3, 12)} months, the share of customers who came back rose slowly, and the owner could point to the posts that helped.`,
  (s, r) =>
    `Regulars at the ${s.business} mentioned the ${pick(r, PRODUCTS)} ${whole(r, 3, 20)} times in a fortnight, which is more than any advert ever managed.`,
  () =>
    `A follower who never reads a post costs nothing to keep, but planning around that follower costs a great deal of time.`,
  (s, r) =>
    `On ${pick(r, PLATFORMS)}, a photo taken at opening time often does better than one made in a studio, because it shows the place as customers know it.`,
  () =>
    `Small numbers are not a failure; they are simply easier to read, because each one belongs to a person.`,
  (s, r) =>
    `When the ${s.business} stopped buying promoted posts for ${whole(r, 4, 10)} weeks, the bookings barely moved, and the savings paid for a new sign.`,
  () =>
    `Count the same things every week, in the same way, so that a change in the figures means a change in the world.`,
  (s, r) =>
    `A customer who asks where to park before the ${pick(r, PRODUCTS)} is a customer who is already planning to come.`,
  () => `Nobody needs to be an expert in statistics to see that one booking beats a hundred passing glances.`,
  (s, r) =>
    `The owner asked ${whole(r, 5, 30)} customers at the counter how they heard about the ${s.business}, and friends came up far more often than feeds.`,
  () => `Honest posts age well: a tip that helped someone last year is still worth sharing again next year.`,
];

/**
 * Draws sentence templates like cards from a deck, reshuffled when it runs out, so a guide repeats a
 * sentence only after using every other one.
 */
function sentenceDeck(random, setting) {
  let deck = [];
  return () => {
    if (deck.length === 0) deck = sample(random, SENTENCES, SENTENCES.length);
    return deck.pop()(setting, random);
  };
}

/** One paragraph of `length` sentences from the deck, with `extras` (citations, say) mixed in. */
function paragraph(random, nextSentence, length, extras = []) {
  const sentences = Array.from({ length }, nextSentence);
  for (const extra of extras) sentences.splice(whole(random, 1, sentences.length), 0, extra);
  return sentences.join(' ');
}

/** A sentence citing source `number` as `[text](#source-n)`, the way the real guides cite. */
function citation(random, source, number) {
  const findings = [
    `found that a small, attentive audience often does more for a local business than a large, silent one`,
    `reported that customers who came back were worth several times more than those who came once`,
    `showed that a click on a follow button said little about whether someone would buy`,
    `suggested that how fair a price feels matters as much as the price itself`,
    `found engagement rates falling as pages grew, though the effect varied a good deal`,
  ];
  return `In [a ${source.year} study published by ${source.publisher}](#source-${number}), the authors ${pick(random, findings)}.`;
}

function frontMatter(guide) {
  const quoted = (text) => JSON.stringify(text);
  return [
    '---',
    `title: ${quoted(guide.title)}`,
    `description: ${quoted(guide.description)}`,
    `cardLine: ${quoted(guide.cardLine)}`,
    `published: ${guide.published}`,
    `updated: ${guide.updated}`,
    `order: ${guide.order}`,
    `tags: [${guide.tags.join(', ')}]`,
    'draft: false',
    'sources:',
    ...guide.sources.flatMap((source) => [
      `  - title: ${quoted(source.title)}`,
      `    publisher: ${quoted(source.publisher)}`,
      `    year: ${source.year}`,
      `    url: ${source.url}`,
    ]),
    '---',
  ].join('\n');
}

const isoDate = (time) => new Date(time).toISOString().slice(0, 10);
const DAY = 86_400_000;
const FIRST_PUBLISHED = Date.UTC(2025, 0, 6);

/** Guide number `index` (0-based) of `count`, linking to the next guide in the set. */
export function syntheticGuide(index, count) {
  const width = Math.max(4, String(count).length);
  const number = String(index + 1).padStart(width, '0');
  const slugFor = (i) => `synthetic-guide-${String(i + 1).padStart(width, '0')}`;
  const random = mulberry32(0x5eed + index * 7919);
  const topic = pick(random, TOPICS);
  const business = pick(random, BUSINESSES);
  const nextSentence = sentenceDeck(random, { business });
  const published = FIRST_PUBLISHED + (index % 600) * DAY;

  const sources = sample(random, SOURCE_TOPICS, whole(random, 2, 6)).map((sourceTopic, k) => ({
    title: `Synthetic source ${number}-${k + 1}: ${sourceTopic}`,
    publisher: pick(random, PUBLISHERS),
    year: whole(random, 1995, 2024),
    url: `https://example.org/synthetic/${slugFor(index)}/source-${k + 1}`,
  }));
  const guide = {
    title: `Synthetic guide ${number}: ${capitalise(topic)}`,
    description: `A synthetic guide for the build benchmark on ${topic}, told through a ${business} and its customers.`,
    cardLine: `Synthetic guide ${number}: ${business} edition.`,
    published: isoDate(published),
    updated: isoDate(published + whole(random, 0, 90) * DAY),
    order: index + 1,
    tags: sample(random, TAGS, whole(random, 2, 4)),
    sources,
  };

  // Source k is cited in the k-th of six paragraphs below (slots 0 to 5), so each is cited exactly once.
  const citations = sources.map((source, k) => citation(random, source, k + 1));
  const citedIn = (slot) => citations.slice(slot, slot + 1);
  const other = count > 1 ? (index + 1) % count : index;
  const otherTitle = `Synthetic guide ${String(other + 1).padStart(width, '0')}`;
  const [h1, h2, h3, h4, h5] = sample(random, HEADINGS, 5);
  const subheadings = sample(random, SUBHEADINGS, 3);
  const bullets = sample(random, ACTIONS, 5).map(
    (action) => `- **${capitalise(action)}.** ${nextSentence()}`,
  );
  const steps = [
    'Pick the last ten posts and note what each one led to.',
    `Ask three regulars what they want to hear from the ${business}.`,
    'Write the next post for one of those regulars, by name if it helps.',
    'Answer every real comment on it within a day.',
    'After a month, keep what worked and drop what did not.',
  ].map((step, k) => `${k + 1}. ${step} ${nextSentence()}`);

  const body = [
    paragraph(random, nextSentence, 4, citedIn(0)),
    `## ${h1}`,
    paragraph(random, nextSentence, 4, citedIn(1)),
    paragraph(random, nextSentence, 3),
    `## ${h2}`,
    paragraph(random, nextSentence, 2, citedIn(2)),
    bullets.join('\n'),
    paragraph(random, nextSentence, 2),
    `## ${h3}`,
    ...subheadings.flatMap((subheading, k) => [
      `### ${subheading}`,
      paragraph(random, nextSentence, 3, k < 2 ? citedIn(3 + k) : []),
    ]),
    `## ${h4}`,
    paragraph(random, nextSentence, 2),
    steps.join('\n'),
    `${paragraph(random, nextSentence, 2)} The guide [${otherTitle}](/guides/${slugFor(other)}/) looks at the same question from another angle.`,
    `## ${h5}`,
    paragraph(random, nextSentence, 4, citedIn(5)),
    '## Where to start',
    paragraph(random, nextSentence, 3),
  ].join('\n\n');

  const slug = slugFor(index);
  return { slug, fileName: `${slug}.mdx`, text: `${frontMatter(guide)}\n\n${body}\n` };
}

/** All `count` synthetic guides, in reading order. @returns {SyntheticGuide[]} */
export function syntheticGuides(count) {
  return Array.from({ length: count }, (_, index) => syntheticGuide(index, count));
}

/** Writes `count` synthetic guides into `dir` (created if missing) and returns them. */
export function writeSyntheticGuides(dir, count) {
  mkdirSync(dir, { recursive: true });
  const guides = syntheticGuides(count);
  for (const guide of guides) writeFileSync(join(dir, guide.fileName), guide.text);
  return guides;
}
