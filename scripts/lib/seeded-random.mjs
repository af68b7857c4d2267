/**
 * mulberry32: a small, fast, seedable generator for the synthetic test data, so the same seed gives the same
 * files on every machine. Quality is ample for test data; never for anything secret. (The quiz has its own
 * copy in src/lib/quiz/order.ts, which ships to browsers.)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
