/** Longer drafts are checked up to here (UTF-16 units); a finding says so. Apart, so the page needs no rules. */
export const MAX_DRAFT_LENGTH = 100_000;

/** The longest draft the box keeps: ten times what is checked, already far past any platform's limit. */
export const MAX_KEPT_DRAFT = 10 * MAX_DRAFT_LENGTH; // own: a bound of ours, not a platform's
