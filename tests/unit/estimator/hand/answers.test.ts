import { describe, expect, it } from 'vitest';
import { timeToCheck } from '../../../../src/lib/estimator/hand/answers';

describe('timeToCheck', () => {
  it.each([
    [1, 'about 1 minute'],
    [42, 'about 21 minutes'],
    [43, 'about 22 minutes'],
    [93, 'about 47 minutes'],
    [120, 'about 1 hour'],
    [332, 'about 2 hours 45 minutes'],
    [381, 'about 3 hours 15 minutes'],
  ])('%i accounts take %s', (accounts, words) => {
    expect(timeToCheck(accounts)).toBe(words);
  });
});
