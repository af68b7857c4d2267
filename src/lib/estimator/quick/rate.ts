/**
 * Engagement rate per post as a fraction: (average likes + average comments) / followers. This is the
 * per-follower definition the benchmark tables use, so the two can be compared directly.
 */
export function engagementRate(input: { followers: number; likes: number; comments: number }): number {
  const { followers, likes, comments } = input;
  if (!(followers >= 1 && Number.isFinite(followers))) {
    throw new RangeError(`followers must be at least 1, got ${followers}`);
  }
  if (!(likes >= 0 && comments >= 0 && Number.isFinite(likes + comments))) {
    throw new RangeError(`likes and comments must be 0 or more, got ${likes} and ${comments}`);
  }
  return (likes + comments) / followers;
}
