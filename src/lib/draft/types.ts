/** high: the platform demotes or refuses it. medium: likely to cost reach or trust. low: worth a look. */
export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  /** Stable, e.g. 'tag-baiting', 'hashtags-too-many'. */
  id: string;
  kind: 'problem' | 'good';
  /** Problems only. */
  severity?: Severity;
  /** Short: "Tag-baiting". */
  title: string;
  /** Why it matters, in plain words; may name the platform rule. */
  reason: string;
  /** A better way to write it (problems). */
  better?: string;
  /** The exact words in the draft that triggered it, at most 80 characters. */
  evidence?: string;
  /** Bait only: the clause that holds it, as typed, and a rewrite built from the draft's own words. */
  rewrite?: { before: string; after: string };
}

export interface DraftStats {
  /** Unicode code points in the whole draft, checked or not. */
  characters: number;
  /** What the platform counts against its limit: X's weighted count on X, `characters` elsewhere. */
  weightedLength: number;
  limit: number;
  hashtags: number;
  links: number;
  /** Words outside links; each Chinese or Japanese character counts as a word. */
  words: number;
  /** Set when the draft was too long to check whole: how many of its UTF-16 units were checked. */
  checked?: number | undefined;
}

export interface DraftReport {
  /** Problems from high to low severity, then the good points. */
  findings: Finding[];
  stats: DraftStats;
  /** The whole draft with every rewrite applied, the rest kept as typed; only when there is a rewrite. */
  improved?: string;
}
