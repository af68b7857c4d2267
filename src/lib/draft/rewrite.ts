import { BAIT_IDS, type BaitId } from './rules';
import type { Span } from './text';

/*
 * Rewrites for bait, built by rule from the draft's own words. Each bait clause becomes what the platforms
 * allow instead (Meta's engagement-bait rules leave a specific call to action and real questions alone):
 * - a vote or a set answer in the comments becomes an open question, with the draft's own options;
 * - a request for tags, shares or reactions becomes a plain call to visit, with the draft's place and time;
 * - clickbait becomes the detail that makes the post worth reading: its product, price and date.
 * Nothing is made up: every noun in a rewrite comes from the draft, and where the draft lacks one the rewrite
 * says what to add, in square brackets ("[name the place here]"), for the owner to fill in.
 */

export const isBait = (id: string): id is BaitId => (BAIT_IDS as readonly string[]).includes(id);

/** What the draft says about what, where and when, in its own words. */
export interface DraftFacts {
  product?: string;
  /** "the Mill Lane shop", "Rosie's Bakery". */
  place?: string;
  /** "on Saturday", "this Saturday", "tomorrow". */
  day?: string;
  /** "from 8am", "at 19:30". */
  clock?: string;
  /** "£2.80 each", "20% off". */
  price?: string;
  /**
   * Whether the draft, outside its bait, already says where and when to come: then a rewrite asks people
   * along without saying the place and the time a second time.
   */
  visitSaid?: boolean;
  /** Whether the draft, outside its bait, already names the thing and its price or place: clickbait then only leads in. */
  detailSaid?: boolean;
  /** Whether the day is named outside the bait too. */
  daySaid?: boolean;
}

const EMOJI = String.raw`\p{Extended_Pictographic}\uFE0F?`;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`;
const DATE = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}`;
const DAY = new RegExp(
  String.raw`\b(?:(?:on|this|next|every|from|until|till|by|before)\s+)?(?:${WEEKDAY}(?:\s+${DATE}|\s+\d{1,2}(?:st|nd|rd|th)?\b)?|${DATE}|today|tomorrow|tonight|(?:this|next)\s+(?:weekend|week|month))\b(?!['’])`,
  'iu',
);
const ONE_CLOCK = String.raw`(?<![£$€\d.,:])(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?[ap](?:m\b|\.m\.)|(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,]\d)|noon\b|midday\b)`;
const CLOCK = new RegExp(
  String.raw`(?:\b(?:from|at|until|till|by|before|after)\s+)?${ONE_CLOCK}(?:\s?(?:[-–]|to|until|till)\s?${ONE_CLOCK})?`,
  'iu',
);
const PRICE =
  /[£$€]\s?\d+(?:[.,]\d{1,2})?(?:\s+(?:each|a\s+\p{L}+|per\s+\p{L}+))?|\b\d{1,3}\s?%\s+off\b|\b\d+p\s+each\b/iu;

// A place is a name in capitals after "at", "in", "on" or "to" ("at the Mill Lane shop", "in Église Street"), or
// "the"/"our" and a word for a place ("at our stall"). Days and months are times, not places.
const PLACE_NOUN = String.raw`(?:shop|store|bakery|café|cafe|market|stall|studio|salon|branch|kitchen|counter|deli|pub|yard|barn|hall|centre|center|garage|workshop|square|street|road|lane|park|library|van|unit|arcade|gallery|surgery|clinic|gym|school|church|shed)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’&-]*`;
const NOT_A_NAME = new RegExp(
  String.raw`^(?:${WEEKDAY}|${MONTH}|christmas|easter|halloween|i|we|you|our|the|this|it)$`,
  'iu',
);
const PLACE = new RegExp(
  String.raw`\b(?:at|in|on|to)[ \t]+((?:the[ \t]+|our[ \t]+)?(${NAME_WORD}(?:[ \t]+(?:(?:of|the|de|du|la|le|upon|&)[ \t]+)?${NAME_WORD}){0,4})(?:[ \t]+${PLACE_NOUN}s?\b)?|(?:the|our)[ \t]+(?:[\p{Ll}'’-]+[ \t]+){0,2}${PLACE_NOUN}s?\b)`,
  'gu',
);

// A sentence or clause, ended by punctuation, a line break or an emoji; a point inside a number ("£2.80")
// ends nothing.
const SENTENCE = /(?:[^.!?。！？\n\p{Extended_Pictographic}]|\.(?=\p{N}))+/gu;
// What opens a news sentence before the thing it is about: "New:", "We're baking", "Try our".
const PRODUCT_LEAD =
  /^\s*(?:(?:new|fresh|just\s+in|now\s+in|back|today)\s*[:–—-]\s*|we(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be|['’]ve\s+got|\s+have)\s+(?:baking|making|selling|serving|bringing|launching|doing|got|back\s+with)\s+|(?:there\s+(?:are|is|will\s+be)|come\s+and\s+try|try|meet)\s+)/iu;
// Where the thing a sentence is about ends: its verb, a time, a place or a price.
const PRODUCT_END =
  /\s+(?:are|is|['’]s|['’]re|was|were|will|have|has|had|must|can|could|should|would|may|might|do|does|did|go|goes|get|gets|make|makes|made|saved?|sells?|comes?|came|now|back|out|on|at|in|from|this|next|every|for|each|until|till|today|tomorrow|tonight|when|if|and\s+(?:we|it|they))\b|\s*[,:;–—(]|\s*[£$€\d]|\s*$/iu;
const NOT_A_PRODUCT =
  /^(?:we|we['’]re|it|it['’]s|this|that|there|you|your|i|they|our|the|a|an|so|and|but|if|when|come|help|want|who|what|which|just|please|hey|hi|happy|good|thank|thanks|sorry|here|everything|everyone|everybody|nothing|something|all|prices?|part|giveaway|sale|winner|more|most|don['’]t|do|find|read|show|tell|follow|like|love|share|comment|tag|click|tap|watch|see|check|vote|type|reply|hit|give|book|order|grab|pop|visit|call|ring|get|buy|join|sign|keep)\b/iu;
const BEST_EVER = /\bbest\s+((?:[\p{L}\p{M}'’-]+\s+){0,2}?[\p{L}\p{M}'’-]+)\s+ever\b/iu;
const SUPERLATIVE =
  /\b(?:best|greatest|finest|insane(?:ly)?|mind[-\s]?blowing|jaw[-\s]?dropping|unbelievabl[ey]|shocking|miracle|miraculous|amazing|incredible|life[-\s]?chang(?:ing|er)|game[-\s]?chang(?:ing|er)|literally|absolutely|ever|world['’]?s?|universe['’]?s?|galaxy['’]?s?)\b/iu;

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A common word at the start of a sentence, lowered to go inside one; a name ("Rosie's") keeps its capital. */
function lowerFirst(text: string): string {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !/['’]s$/u.test(first)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** The thing a sentence is about: its subject, or what follows "We're baking" and the like. */
function productOf(sentence: string): string | undefined {
  const rest = squash(sentence).replace(PRODUCT_LEAD, '');
  const end = PRODUCT_END.exec(rest);
  const words = squash(end ? rest.slice(0, end.index) : rest);
  const count = words.split(' ').length;
  if (!words || count > 6 || NOT_A_PRODUCT.test(words) || SUPERLATIVE.test(words)) return undefined;
  return /\p{L}{3}/u.test(words) ? words : undefined;
}

/**
 * How many characters of bait come before each index of a text `length` long, so that whether a sentence
 * holds any is one subtraction, however many bait clauses a draft has.
 */
function baitCount(length: number, bait: readonly Span[]): Int32Array {
  const starts = new Int32Array(length + 1);
  for (const { start, end } of bait) {
    starts[start]!++;
    starts[end]!--;
  }
  const count = new Int32Array(length + 1);
  let depth = 0;
  for (let i = 0; i < length; i++) {
    depth += starts[i]!;
    count[i + 1] = count[i]! + (depth > 0 ? 1 : 0);
  }
  return count;
}

/**
 * What the draft names: the thing it is about (from its first sentence that is not bait, or a "best … ever"),
 * the place, the day, the time and the price. `prose` is the draft as the rules read it; `bait` the clauses
 * flagged as bait, which are not searched for the thing the post is about.
 */
export function draftFacts(prose: string, bait: readonly Span[]): DraftFacts {
  const facts: DraftFacts = {};
  const inBait = baitCount(prose.length, bait);
  let productOutside = false;
  for (const match of prose.matchAll(SENTENCE)) {
    const [start, end] = [match.index, match.index + match[0].length];
    if (inBait[end]! > inBait[start]!) continue;
    const product = productOf(match[0]);
    if (product) {
      facts.product = product;
      productOutside = true;
      break;
    }
  }
  const best = BEST_EVER.exec(prose)?.[1];
  if (!facts.product && best && !SUPERLATIVE.test(best)) facts.product = best;
  // A match lies outside the bait when no bait clause covers any of it.
  const outside = (match: RegExpExecArray | RegExpMatchArray | null | undefined) =>
    match?.index !== undefined && inBait[match.index + match[0].length] === inBait[match.index];
  let placeOutside = false;
  for (const match of prose.matchAll(PLACE)) {
    const name = match[2];
    if (name && NOT_A_NAME.test(name.split(/\s/u)[0]!)) continue;
    facts.place = squash(match[1]!);
    placeOutside = outside(match);
    break;
  }
  const dayMatch = DAY.exec(prose);
  const day = dayMatch?.[0];
  if (day)
    facts.day = /^(?:on|this|next|every|from|until|till|by|before|today|tomorrow|tonight)\b/iu.test(day)
      ? squash(day)
      : `on ${squash(day)}`;
  const clockMatch = CLOCK.exec(prose);
  facts.daySaid = outside(dayMatch);
  facts.visitSaid = placeOutside && (facts.daySaid || outside(clockMatch));
  const clock = clockMatch?.[0];
  if (clock)
    facts.clock = /^(?:from|at|until|till|by|before|after)\b/iu.test(clock)
      ? squash(clock)
      : `at ${squash(clock)}`;
  const priceMatch = PRICE.exec(prose);
  if (priceMatch) facts.price = squash(priceMatch[0]);
  facts.detailSaid = productOutside && (placeOutside || outside(priceMatch));
  return facts;
}

/**
 * "Come by the Mill Lane shop on Saturday from 8am.", with what is missing asked for; a day or time the
 * sentence already `says` is not said twice.
 */
function visit(facts: DraftFacts, says = ''): string {
  const when = [facts.day, facts.clock].filter((part) => part && !says.includes(part)).join(' ');
  const said = [facts.day, facts.clock].some((part) => part && says.includes(part));
  if (!facts.place && !when && !said) return 'Come by [name the day and the place here].';
  const place = facts.place ?? '[name the place here]';
  return `Come by ${place}${when ? ` ${when}` : said ? '' : ' [name the day here]'}.`;
}

// "if you love sourdough" gives the question "Love sourdough?"; "who needs a treat" the reader it is for.
// Each stops where the sentence goes on to ask for something else: "if you agree and come to…".
const THEN_ASKS = String.raw`(?=\s+(?:and|then|or|so)\s+(?:come|visit|pop|drop|swing|stop|order|book|call|ring|grab|get|buy|follow|share|like|tag|comment|join|see|check|find|head)\b)`;
const IF_YOU = new RegExp(
  String.raw`\bif\s+you(?:(['’]re|\s+are)|(['’]d|\s+would)|(['’]ve|\s+have))?\s+([^:;,–—]+?)(?:${THEN_ASKS}|(?=[:;,–—])|$)`,
  'iu',
);
const WHO = new RegExp(String.raw`\b(?:who|that)\s+([^:;,–—]+?)(?:${THEN_ASKS}|(?=[:;,–—])|$)`, 'iu');
const WANTS = /^(?:want|need|fancy|would\s+like)\b/iu;
const GIFT =
  /\b(?:to\s+(?:get|receive|grab)|and\s+(?:we|i)(?:['’]ll|\s+will)\s+(?:send|dm|message|email|give)(?:\s+you)?)\s+([^:;,–—]+)/iu;
const OPTION_MARK = new RegExp(
  String.raw`(?:${EMOJI}|\b[1-4a-dA-D]\b|\b(?:likes?|loves?|hearts?|wows?|hahas?|cares?|thumbs[-\s]?ups?)\b)(?:\s*(?:for|=)\s+|\s*if\s+you(?:['’]d)?\s+(?:want|prefer|like|love|fancy|pick|choose|vote\s+for|are\s+team|['’]re\s+team)\s+)`,
  'giu',
);
const OPTION_STOP = new RegExp(
  String.raw`[,;.!?\n]|\s(?:or|and)(?:\s+(?:with\s+)?(?:a|an|the|your))?\s*$|${EMOJI}`,
  'iu',
);

function ifQuestion(clause: string): string | undefined {
  const match = IF_YOU.exec(clause);
  if (!match) return undefined;
  const [, , would, have, rest] = match;
  const words = squash(rest!);
  if (!/\p{L}/u.test(words)) return undefined;
  if (would) return `Would you ${words}?`;
  if (have) return `Have you ${words}?`;
  return `${capitalise(words)}?`;
}

/** The choices a vote offers: "❤️ for lemon, 😮 for chocolate" gives lemon and chocolate. */
export function voteOptions(clause: string): string[] {
  const marks = Array.from(clause.matchAll(OPTION_MARK));
  return marks
    .map((mark, i) => {
      const from = mark.index + mark[0].length;
      const to = marks[i + 1]?.index ?? clause.length;
      let text = clause.slice(from, to);
      const stop = OPTION_STOP.exec(text);
      if (stop) text = text.slice(0, stop.index);
      return squash(text);
    })
    .filter((option) => /\p{L}/u.test(option));
}

function listOf(options: readonly string[]): string {
  return options.length === 1
    ? options[0]!
    : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
}

/** The day for a question: "Lemon or chocolate for Saturday?". */
const forDay = (facts: DraftFacts) =>
  facts.day ? ` for ${facts.day.replace(/^(?:on|from|until|till|by|before)\s+/iu, '')}` : '';

function detailLine(facts: DraftFacts, product: string | undefined): string {
  const where = facts.place ? `at ${facts.place}` : '';
  const parts = [facts.price, [facts.day, facts.clock, where].filter(Boolean).join(' ')].filter(Boolean);
  if (!product && parts.length === 0) return '[Say what it is here: the product, the price, the date.]';
  return `${product ? capitalise(product) : '[Say what it is here]'}${parts.length ? `, ${parts.join(', ')}` : ''}.`;
}

/**
 * The rewrite of one bait clause, from the draft's facts and the clause's own words. Always ends a sentence
 * (with "." or "?"), or leads into the draft's own news with a colon, so it can stand where the clause stood.
 */
export function rewriteClause(id: BaitId, clause: string, facts: DraftFacts): string {
  switch (id) {
    case 'vote-baiting': {
      const options = voteOptions(clause);
      if (options.length >= 2)
        return `${capitalise(listOf(options))}${forDay(facts)}? Tell us which and why in the comments.`;
      return facts.product
        ? `What would you like${forDay(facts)}: ${lowerFirst(facts.product)} or something else? Tell us which and why in the comments.`
        : '[Name the choices here as a question] Tell us which and why in the comments.';
    }
    case 'comment-baiting': {
      const gift = GIFT.exec(clause)?.[1];
      if (gift) return `Want ${lowerFirst(squash(gift))}? Get it here: [add the link or the place].`;
      const question = ifQuestion(clause);
      if (question && WANTS.test(question)) return `${question} ${visit(facts, question)}`;
      if (question) return `${question} Tell us why in the comments.`;
      return facts.product
        ? `What do you think of ${lowerFirst(facts.product)}? Tell us in the comments.`
        : '[Ask a real question here] Tell us in the comments.';
    }
    case 'tag-baiting':
    case 'share-baiting':
    case 'react-baiting': {
      const question = ifQuestion(clause);
      const who = WHO.exec(clause)?.[1];
      // The draft already says where and when: ask people along, and let its own words say the rest.
      if (facts.visitSaid) {
        if (question) return `${question} Come and see us.`;
        if (who && /\p{L}/u.test(who)) return `Know someone who ${squash(who)}? Bring them along.`;
        return 'Come and see us.';
      }
      if (question) return `${question} ${visit(facts, question)}`;
      if (who && /\p{L}/u.test(who)) {
        const call = visit(facts, who);
        return `For anyone who ${squash(who)}: ${call.charAt(0).toLowerCase()}${call.slice(1)}`;
      }
      return visit(facts);
    }
    case 'clickbait-withholding':
    case 'clickbait-exaggeration': {
      // The draft says what it is after the teaser: lead into it (with the day, if only the teaser named it).
      if (facts.detailSaid) return facts.day && !facts.daySaid ? `${capitalise(facts.day)}:` : 'Here it is:';
      const best = BEST_EVER.exec(clause)?.[1];
      return detailLine(facts, facts.product ?? (best && !SUPERLATIVE.test(best) ? best : undefined));
    }
  }
}

/** One clause of the draft to replace: `span` indexes the draft as typed. */
export interface ClauseEdit {
  span: Span;
  after: string;
}

// Words that join a clause to the one before it ("…, so tag a friend"), dropped with the clause.
const JOINER = /(?:[ \t]*[,;–—-])?(?:[ \t]*\b(?:and|or|then|just|now|so|please)\b)*[ \t]*$/iu;
const SENTENCE_DONE = /(?:[.!?:…。！？]|\p{Extended_Pictographic}\uFE0F?)$/u;
const CLOSING_MARKS = /[ \t]*(?:[.!?…。！？]+|([,;:–—]))[ \t]*/uy;

/**
 * The draft with each clause replaced by its rewrite. Everything else stays as typed: hashtags, links and
 * handles inside a replaced clause are put back after its rewrite (`keep`), and a clause that ran on from the
 * sentence before starts a sentence of its own. Overlapping edits after the first are skipped.
 */
export function applyRewrites(draft: string, edits: readonly ClauseEdit[], keep: readonly Span[]): string {
  // Pieces joined once at the end: reading the end of a string still being built would copy it every time.
  const out: string[] = [];
  const put = (piece: string) => piece && out.push(piece);
  const endsInSpace = () => out.length === 0 || /\s$/u.test(out[out.length - 1]!);
  let cursor = 0;
  // Both in order, so each kept item is looked at once however many edits there are.
  const items = [...keep].sort((a, b) => a.start - b.start);
  let item = 0;
  for (const { span, after } of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (span.start < cursor) continue;
    const before = draft.slice(cursor, span.start);
    const head = before.slice(0, JOINER.exec(before)?.index ?? before.length);
    if (head === '') put(endsInSpace() ? '' : ' ');
    else put(head.endsWith('\n') ? head : SENTENCE_DONE.test(head) ? `${head} ` : `${head}. `);
    const kept: string[] = [];
    while (items[item] && items[item]!.start < span.start) item++;
    for (; items[item] && items[item]!.start < span.end; item++)
      if (items[item]!.end <= span.end) kept.push(draft.slice(items[item]!.start, items[item]!.end));
    put([after, ...kept].join(' '));
    CLOSING_MARKS.lastIndex = span.end;
    const closing = CLOSING_MARKS.exec(draft);
    cursor = span.end + (closing?.[0].length ?? 0);
    if (cursor < draft.length && !/\s/u.test(draft.charAt(cursor))) put(' ');
    // What ran on after a comma now starts a sentence of its own.
    if (closing?.[1]) {
      put(draft.charAt(cursor).toUpperCase());
      cursor++;
    }
  }
  put(draft.slice(cursor));
  return out.join('');
}
