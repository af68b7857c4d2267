/** Longer drafts are checked up to here (UTF-16 units); a finding says so. Apart, so the page needs no rules. */
export const MAX_DRAFT_LENGTH = 100_000;
