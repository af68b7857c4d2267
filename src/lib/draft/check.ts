import { PLATFORM_RULES } from './platforms';
import {
  ASKS_FOR_HELP,
  CONCRETE_DETAIL,
  EXCLUSIVE_OFFER,
  MARKUP,
  MESSAGES,
  NEXT_STEP,
  OFFERS_PRIZE,
  OPEN_TO_OTHERS,
  PATTERN_RULES,
  REPOST,
  type BaitId,
  type GoodId,
  type Message,
  type ProblemId,
} from './rules';
import {
  EVIDENCE_MAX,
  blankOut,
  clipEvidence,
  countCodePoints,
  countWords,
  findEmojiRuns,
  findExclamationRuns,
  findHashtags,
  findLinks,
  findMentions,
  scanCapitals,
  weightedLength,
  type Span,
} from './text';
import { tagBaitAdvice } from './advice';
import { applyRewrites, draftFacts, isBait, rewriteClause } from './rewrite';
import { MAX_DRAFT_LENGTH } from './limits';
import { normaliseDraft, visibleText, type NormalisedDraft } from './normalise';
import { SHORT_PLATFORM_NAMES, type Platform } from '../platforms';
import type { DraftReport, Finding, Severity } from './types';

export { MAX_DRAFT_LENGTH };

// Our own thresholds, set against the drafts in tests/unit/draft (no platform publishes one).
/** Fewer words of its own than this, with no concrete detail, and a post gives people nothing to use. */
const THIN_POST_WORDS = 5;
/** Shouting: at least 3 words in capitals making up 30% of the words with case, or 3 in a row. */
const SHOUTED_WORDS_MIN = 3;
const SHOUTED_SHARE_MIN = 0.3;
const SHOUTED_RUN_MIN = 3;

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const CLAUSE_END = /[.!?。！？\n\p{Extended_Pictographic}]/u;
// A line break or an emoji closes a clause too: "Like and share 🎉" is not one clause with the line after it.
const CLOSED = /(?:[.!?:;,)。！？]\s*|\n\s*|\p{Extended_Pictographic}\uFE0F?\s*)$/u;
const CLOSING = /(?:[\s.!?:;,)。！？]|\p{Extended_Pictographic}\uFE0F?)+$/u;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** First match of a non-global pattern (exec on one is stateless). */
function firstMatch(text: string, pattern: RegExp): Span | null {
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

// What may come just before an instruction, besides the start of the text or a line.
const CLAUSE_LEAD =
  /(?:[.!?:;,(\-–—•*。！？]|\p{Extended_Pictographic}\uFE0F?|\b(?:and|or|then|just|now|so|please))$/iu;
const SPACE = /\s/u;

/** Whether `index` opens a clause: at the start of the text or a line, or after punctuation, an emoji or "and". */
function opensClause(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && SPACE.test(text.charAt(i - 1))) {
    if (text.charAt(i - 1) === '\n') return true;
    i--;
  }
  return i === 0 || CLAUSE_LEAD.test(text.slice(Math.max(0, i - 8), i));
}

/**
 * Widens a span to the end of its clause, so the evidence reads as a phrase ("Tag a friend who…"); a span
 * that already ends a clause ("Like and share!") loses the closing punctuation instead.
 */
function toClauseEnd(prose: string, span: Span): Span {
  const text = prose.slice(span.start, span.end);
  if (CLOSED.test(text)) return { start: span.start, end: span.start + text.replace(CLOSING, '').length };
  const stop = prose.slice(span.end, span.start + EVIDENCE_MAX).search(CLAUSE_END);
  return {
    start: span.start,
    end: stop < 0 ? Math.min(prose.length, span.start + EVIDENCE_MAX) : span.end + stop,
  };
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

function truncate(text: string): string {
  let end = MAX_DRAFT_LENGTH;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

// Where a rewritten clause stops: at a comma, colon or dash as well as where a clause ends.
const REWRITE_STOP = /[,;:–—.!?。！？\n\p{Extended_Pictographic}]/u;
/**
 * How far before and after its bait a rewritten clause may reach, so that a draft of one endless clause
 * stays quick: past it, a clause is cut at a space.
 */
const REWRITE_REACH = 200;

/** Where bait that needn't open a clause (a vote, clickbait) starts, for its rewrite: after the stop before it. */
function rewriteStart(prose: string, index: number): number {
  let i = index;
  const floor = Math.max(0, index - REWRITE_REACH);
  while (
    i > floor &&
    !REWRITE_STOP.test(prose.charAt(i - 1)) &&
    !/[\uD800-\uDFFF\uFE0F]/u.test(prose.charAt(i - 1))
  )
    i--;
  while (SPACE.test(prose.charAt(i)) && i < index) i++;
  return i;
}

/**
 * Where the rewrite of bait matched at `match` stops: at the next comma, dash or clause end after the bait's
 * own words, however far (evidence stops at 80 characters), or where the match itself closed its clause.
 */
function rewriteEnd(prose: string, match: Span): number {
  const text = prose.slice(match.start, match.end);
  if (CLOSED.test(text)) return match.start + text.replace(CLOSING, '').length;
  const reach = prose.slice(match.end, match.end + REWRITE_REACH);
  const stop = reach.search(REWRITE_STOP);
  if (stop >= 0) return match.end + stop;
  if (match.end + reach.length === prose.length) return prose.length;
  const space = reach.lastIndexOf(' ');
  return space > 0 ? match.end + space : match.end;
}

/** Bait the rules found: `match` and `clause` (the evidence) index what the rules read, `rewritten` too. */
interface BaitMatch {
  id: BaitId;
  severity: Severity;
  match: Span;
  clause: Span;
  /** What its rewrite replaces: the clause, from the start of its sentence for a vote or a teaser. */
  rewritten: Span;
  /** The first match of its rule, the one reported; later ones are rewritten but not reported. */
  reported: boolean;
}

/**
 * Every bait clause in `prose`. A rule's first match is reported and claims its words, so a later rule can't
 * report them again; Meta's help exemption lifts the rules it covers.
 */
function findBait(prose: string): BaitMatch[] {
  const exempt = ASKS_FOR_HELP.test(prose) && !OFFERS_PRIZE.test(prose);
  const claimed: Span[] = [];
  const found: BaitMatch[] = [];
  for (const rule of PATTERN_RULES) {
    const id = rule.id;
    if (!isBait(id) || found.some((bait) => bait.id === id) || (exempt && rule.exemptForHelp)) continue;
    let reported = true;
    for (const m of prose.matchAll(rule.pattern)) {
      const match = { start: m.index, end: m.index + m[0].length };
      if ((rule.opensClause && !opensClause(prose, match.start)) || claimed.some((c) => overlaps(c, match)))
        continue;
      if (reported) claimed.push(match);
      const clause = toClauseEnd(prose, match);
      // A vote or a teaser can start mid-sentence ("Help us choose ❤️ for…"): its whole clause is rewritten.
      const start = rule.opensClause ? clause.start : rewriteStart(prose, clause.start);
      const rewritten = { start, end: rewriteEnd(prose, match) };
      found.push({ id, severity: rule.severity, match, clause, rewritten, reported });
      reported = false;
    }
  }
  return found;
}

/**
 * What the rules read in a draft (see normalise.ts), and where each of its characters was typed. A `plain`
 * draft is read as it is: one the normaliser would leave unchanged, such as the rewrite of a draft it left
 * unchanged (rewrites add only the draft's own words and plain punctuation).
 */
function readDraft(original: string, plain = false) {
  const seen: NormalisedDraft = plain
    ? {
        text: original,
        origin: Array.from({ length: original.length + 1 }, (_, i) => i),
        hidden: { invisible: 0, direction: 0, lookAlikeWords: 0 },
      }
    : normaliseDraft(original);
  const draft = seen.text;
  const links = findLinks(draft);
  const hashtags = findHashtags(draft, links);
  const marks = [...links, ...hashtags, ...findMentions(draft, links)];
  return {
    seen,
    draft,
    links,
    hashtags,
    marks,
    prose: blankOut(draft, marks),
    /** A span of what the rules saw, in the draft as typed. */
    typed: (span: Span) => ({ start: seen.origin[span.start]!, end: seen.origin[span.end]! }),
  };
}

/** The bait in a draft, for rewriting: where each clause is in what the rules read and as typed. */
interface BaitReading {
  /** Whether the normaliser left the draft as it was. */
  plain: boolean;
  /** What the rules read: the draft normalised, with links, hashtags and handles blanked out. */
  prose: string;
  bait: { id: BaitId; clause: Span; span: Span }[];
  /** Links, hashtags and handles in the draft as typed, kept when a clause around them is rewritten. */
  keep: Span[];
}

/** The bait left in a draft, read without the rest of a report. */
function readBait(text: string, plain: boolean): BaitReading {
  const { prose, marks, typed } = readDraft(text.length > MAX_DRAFT_LENGTH ? truncate(text) : text, plain);
  return {
    plain,
    prose,
    bait: findBait(prose).map(({ id, rewritten }) => ({ id, clause: rewritten, span: typed(rewritten) })),
    keep: marks.map(typed),
  };
}

/** At most this many rounds of rewriting, each reading again what the last one left. */
const REWRITE_ROUNDS = 4;

/**
 * Checks a draft post for the given platform: engagement bait, clickbait, hashtags, shouting, empty or
 * link-only posts, length, and follower-only offers, plus what the draft does well. Each bait finding
 * carries a rewrite built from the draft's own words, and the report the whole draft with them applied
 * (rewrite.ts), read again until no bait is left. Pure and deterministic; any string is accepted.
 */
export function checkDraft(text: string, platform: Platform): DraftReport {
  const { report, reading } = inspectDraft(text, platform);
  if (reading.bait.length === 0) return report;
  const facts = draftFacts(
    reading.prose,
    reading.bait.map((bait) => bait.clause),
  );
  let improved = typeof text === 'string' ? text : '';
  let pass = reading;
  for (let round = 0; round < REWRITE_ROUNDS && pass.bait.length > 0; round++) {
    const { prose } = pass;
    const edits = pass.bait.map((bait) => ({
      id: bait.id,
      span: bait.span,
      after: rewriteClause(bait.id, prose.slice(bait.clause.start, bait.clause.end), facts),
    }));
    if (round === 0) {
      for (const edit of edits) {
        const finding = report.findings.find((f) => f.id === edit.id);
        const before = visibleText(improved.slice(edit.span.start, edit.span.end)).trim();
        if (finding && !finding.rewrite) finding.rewrite = { before, after: edit.after };
      }
    }
    improved = applyRewrites(improved, edits, pass.keep);
    pass = readBait(improved, reading.plain);
  }
  return { ...report, improved };
}

function inspectDraft(text: string, platform: Platform): { report: DraftReport; reading: BaitReading } {
  // Typed callers can't pass anything else, but a stale stored value could: treat it as empty.
  const rules = PLATFORM_RULES[platform] ?? PLATFORM_RULES.facebook;
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_DRAFT_LENGTH;
  const original = truncated ? truncate(input) : input;
  // Rules match what a reader sees; evidence quotes what was typed.
  const { seen, draft, links, hashtags, marks, prose, typed } = readDraft(original);
  // The length is the whole draft's, as the platform counts it, even when only the start is checked.
  const characters = countCodePoints(input);
  const length = platform === 'x' ? weightedLength(input) : characters;
  const checked = truncated ? { checked: original.length } : {};
  if (draft.trim() === '') {
    const report = {
      findings: [],
      stats: {
        characters,
        weightedLength: length,
        limit: rules.limit,
        hashtags: 0,
        links: 0,
        words: 0,
        ...checked,
      },
    };
    return { report, reading: { plain: false, prose, bait: [], keep: [] } };
  }

  const stats = {
    characters,
    weightedLength: length,
    limit: rules.limit,
    hashtags: hashtags.length,
    links: links.length,
    words: countWords(blankOut(draft, links)),
    ...checked,
  };
  /** The words of the draft as typed behind a span of what the rules saw, without its hidden characters. */
  const quote = (span: Span) => visibleText(clipEvidence(original, typed(span))).trim();

  const findings: Finding[] = [];
  const problem = (id: ProblemId, severity: Severity, span: Span | null, override?: Partial<Message>) => {
    const { title, reason, better } = { ...MESSAGES[id], ...override };
    const finding: Finding = { id, kind: 'problem', severity, title, reason };
    if (better) finding.better = better;
    const evidence = span ? quote(span) : '';
    if (evidence) finding.evidence = evidence;
    findings.push(finding);
  };
  const good = (id: GoodId, span: Span) => {
    const finding: Finding = { id, kind: 'good', ...MESSAGES[id] };
    const evidence = quote(span);
    if (evidence) finding.evidence = evidence;
    findings.push(finding);
  };

  if (truncated) {
    problem('draft-truncated', 'low', null, {
      reason: `This draft is ${input.length.toLocaleString('en-GB')} characters long, so only its first ${original.length.toLocaleString('en-GB')} were checked.`,
    });
  }

  const { invisible, direction, lookAlikeWords } = seen.hidden;
  if (invisible + direction + lookAlikeWords > 0) {
    const kinds = [
      invisible && plural(invisible, 'invisible character', 'invisible characters'),
      direction && plural(direction, 'text-direction control', 'text-direction controls'),
      lookAlikeWords &&
        plural(
          lookAlikeWords,
          'word with look-alike letters from another alphabet',
          'words with look-alike letters from another alphabet',
        ),
    ].filter(Boolean);
    problem('hidden-characters', 'medium', null, {
      reason: `${MESSAGES['hidden-characters'].reason} This draft has ${kinds.join(', ')}.`,
    });
  }

  const bait = findBait(prose);
  for (const { id, severity, clause, reported } of bait) if (reported) problem(id, severity, clause);
  const claimed = bait.filter((b) => b.reported).map((b) => b.match);
  const tagRequest = bait.find((b) => b.reported && b.id === 'tag-baiting')?.clause;
  // The better way to ask for tags is built from this post's own news, once every bait in it is known.
  const tagFinding = findings.find((finding) => finding.id === 'tag-baiting');
  if (tagFinding && tagRequest) {
    const request = prose.slice(tagRequest.start, tagRequest.end);
    tagFinding.better = tagBaitAdvice(prose, request, [...claimed, tagRequest]);
  }

  const offer = firstMatch(prose, EXCLUSIVE_OFFER);
  if (offer && !OPEN_TO_OTHERS.test(prose)) problem('exclusive-offer', 'low', toClauseEnd(prose, offer));

  const extraTag = hashtags[rules.hashtagMax];
  const lastTag = hashtags[hashtags.length - 1];
  if (extraTag && lastTag) {
    const span = { start: extraTag.start, end: lastTag.end };
    const reason = `${rules.hashtagNote} This draft has ${hashtags.length}.`;
    if (rules.hashtagHard) problem('hashtags-over-limit', 'high', span, { reason });
    else problem('hashtags-too-many', platform === 'x' ? 'medium' : 'low', span, { reason });
  }

  const capitals = scanCapitals(prose);
  const shoutedShare = capitals.casedWords > 0 ? capitals.shoutedWords / capitals.casedWords : 0;
  if (
    (capitals.shoutedWords >= SHOUTED_WORDS_MIN && shoutedShare >= SHOUTED_SHARE_MIN) ||
    capitals.longestRunWords >= SHOUTED_RUN_MIN
  ) {
    problem('shouting-capitals', 'medium', capitals.longestRun);
  }

  const exclamations = findExclamationRuns(prose);
  const loudest = exclamations.reduce<(typeof exclamations)[number] | null>(
    (top, run) => (top && top.marks >= run.marks ? top : run),
    null,
  );
  if (loudest) problem('shouting-exclamations', loudest.marks >= 3 ? 'medium' : 'low', loudest);

  const emojiRun = findEmojiRuns(prose)[0];
  if (emojiRun) problem('emoji-run', 'low', emojiRun);

  const ownWords = countWords(prose);
  const detail = firstMatch(prose, CONCRETE_DETAIL);
  const firstLink = links[0];
  if (ownWords < THIN_POST_WORDS && !detail) {
    const repost = firstMatch(draft, REPOST);
    if (repost) problem('repost-no-value', 'medium', repost);
    else if (firstLink) problem('link-only', 'medium', firstLink);
    else problem('no-value', 'low', { start: 0, end: draft.length });
  }

  if (stats.weightedLength > rules.limit) {
    problem('length-over-limit', rules.limitSeverity, null, {
      title: `Too long for ${SHORT_PLATFORM_NAMES[platform]}`,
      reason: `${rules.limitNote} This draft counts as ${stats.weightedLength.toLocaleString('en-GB')}.`,
    });
  }

  const markup = firstMatch(draft, MARKUP);
  if (markup) problem('markup-literal', 'low', markup);

  if (detail) good('good-concrete-detail', detail);
  const step = firstMatch(prose, NEXT_STEP);
  if (step) good('good-next-step', toClauseEnd(prose, step));
  else if (firstLink && ownWords >= THIN_POST_WORDS) good('good-next-step', firstLink);

  const rank = (f: Finding) => (f.kind === 'good' ? 3 : SEVERITY_ORDER[f.severity ?? 'low']);
  return {
    report: { findings: findings.sort((a, b) => rank(a) - rank(b)), stats },
    reading: {
      plain: draft === original,
      prose,
      bait: bait.map(({ id, rewritten }) => ({ id, clause: rewritten, span: typed(rewritten) })),
      keep: marks.map(typed),
    },
  };
}
