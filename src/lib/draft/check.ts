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
import type { DraftPlatform, DraftReport, Finding, Severity } from './types';

/** Longer drafts are checked up to here (UTF-16 units); a finding says so. */
export const MAX_DRAFT_LENGTH = 100_000;

// Our own thresholds, set against the drafts in tests/unit/draft (no platform publishes one).
/** Fewer words of its own than this, with no concrete detail, and a post gives people nothing to use. */
const THIN_POST_WORDS = 5;
/** Shouting: at least 3 words in capitals making up 30% of the words with case, or 3 in a row. */
const SHOUTED_WORDS_MIN = 3;
const SHOUTED_SHARE_MIN = 0.3;
const SHOUTED_RUN_MIN = 3;

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const CLAUSE_END = /[.!?。！？\n\p{Extended_Pictographic}]/u;
const CLOSED = /[.!?:;,)。！？]\s*$/u;
const CLOSING = /[\s.!?:;,)。！？]+$/u;

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
  return { start: span.start, end: stop < 0 ? span.start + EVIDENCE_MAX : span.end + stop };
}

function truncate(text: string): string {
  let end = MAX_DRAFT_LENGTH;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * Checks a draft post for the given platform: engagement bait, clickbait, hashtags, shouting, empty or
 * link-only posts, length, and follower-only offers, plus what the draft does well. Pure and
 * deterministic; any string is accepted.
 */
export function checkDraft(text: string, platform: DraftPlatform): DraftReport {
  // Typed callers can't pass anything else, but a stale stored value could: treat it as empty.
  const rules = PLATFORM_RULES[platform] ?? PLATFORM_RULES.facebook;
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_DRAFT_LENGTH;
  const draft = truncated ? truncate(input) : input;
  if (draft.trim() === '') {
    return {
      findings: [],
      stats: { characters: 0, weightedLength: 0, limit: rules.limit, hashtags: 0, links: 0, words: 0 },
    };
  }

  const links = findLinks(draft);
  const hashtags = findHashtags(draft, links);
  const prose = blankOut(draft, [...links, ...hashtags, ...findMentions(draft, links)]);
  const characters = countCodePoints(draft);
  const stats = {
    characters,
    weightedLength: platform === 'x' ? weightedLength(draft) : characters,
    limit: rules.limit,
    hashtags: hashtags.length,
    links: links.length,
    words: countWords(blankOut(draft, links)),
  };

  const findings: Finding[] = [];
  const found = new Set<ProblemId>();
  const problem = (id: ProblemId, severity: Severity, span: Span | null, override?: Partial<Message>) => {
    const { title, reason, better } = { ...MESSAGES[id], ...override };
    const finding: Finding = { id, kind: 'problem', severity, title, reason };
    if (better) finding.better = better;
    const evidence = span ? clipEvidence(draft, span) : '';
    if (evidence) finding.evidence = evidence;
    findings.push(finding);
    found.add(id);
  };
  const good = (id: GoodId, span: Span) => {
    const finding: Finding = { id, kind: 'good', ...MESSAGES[id] };
    const evidence = clipEvidence(draft, span);
    if (evidence) finding.evidence = evidence;
    findings.push(finding);
  };

  if (truncated) {
    problem('draft-truncated', 'low', null, {
      reason: `This draft is very long, so only its first ${MAX_DRAFT_LENGTH.toLocaleString('en-GB')} characters were checked.`,
    });
  }

  const exempt = ASKS_FOR_HELP.test(prose) && !OFFERS_PRIZE.test(prose);
  const claimed: Span[] = [];
  for (const rule of PATTERN_RULES) {
    if (found.has(rule.id) || (exempt && rule.exemptForHelp)) continue;
    for (const m of prose.matchAll(rule.pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if ((rule.opensClause && !opensClause(prose, span.start)) || claimed.some((c) => overlaps(c, span)))
        continue;
      claimed.push(span);
      problem(rule.id, rule.severity, toClauseEnd(prose, span));
      break;
    }
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
      title: `Too long for ${rules.label}`,
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
  return { findings: findings.sort((a, b) => rank(a) - rank(b)), stats };
}
