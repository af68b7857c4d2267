import type { HandAnswer } from '../lib/estimator/hand/answers';
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import {
  parseSpotProgress,
  serialiseSpotProgress,
  type SpotMargin,
  type SpotProgress,
  type SpotSignId,
} from '../lib/estimator/hand/spot-check';
import { NOT_KEPT } from '../lib/site/not-kept';

const STORAGE_KEY = 'real-reach:spot-check';

export const CORRUPT_PROGRESS_NOTICE =
  'Your saved spot-check could not be read (it may come from an older version of this page), so it was cleared. Start a new one below.';

/** Set when stored progress was unreadable and had to be cleared, or storage refused it; shown to the owner. */
export const $spotStorageNotice = atom<string | undefined>(undefined);

let foundCorrupt = false;

// The owner's own spot-check as this browser stores it. A shared link never writes here.
const $storedProgress = persistentAtom<SpotProgress | null>(STORAGE_KEY, null, {
  encode: serialiseSpotProgress,
  decode(raw) {
    const { progress, corrupt } = parseSpotProgress(raw);
    if (corrupt) foundCorrupt = true;
    return progress;
  },
  // Another tab's spot-check is not this one's: do not mix answers across tabs mid-check.
  listen: false,
});

/**
 * The owner's own spot-check on this page: what was stored, then every start and answer, whether or not
 * storage takes it (a full storage refuses the write before a persistent atom would change).
 */
export const $spotProgress = atom<SpotProgress | null>($storedProgress.get());

/** Keeps the check on the page, and in this browser unless storage is full or blocked, which it then says. */
function save(progress: SpotProgress | null): void {
  $spotProgress.set(progress);
  try {
    $storedProgress.set(progress);
  } catch {
    $spotStorageNotice.set(NOT_KEPT);
  }
}

/** Clears unreadable stored progress, once, and says so. Called when the spot-check first shows. */
export function resetCorruptProgress(): void {
  if (!foundCorrupt) return;
  foundCorrupt = false;
  save(null);
  $spotStorageNotice.set(CORRUPT_PROGRESS_NOTICE);
}

export function startSpotCheck(followers: number, margin: SpotMargin, positions: number[]): void {
  save({ version: 1, followers, margin, positions, answers: {}, signs: {} });
}

export function answerPosition(position: number, answer: HandAnswer): void {
  const progress = $spotProgress.get();
  if (!progress) return;
  save({ ...progress, answers: { ...progress.answers, [position]: answer } });
}

export function toggleSign(position: number, sign: SpotSignId): void {
  const progress = $spotProgress.get();
  if (!progress) return;
  const ticked = progress.signs[position] ?? [];
  const next = ticked.includes(sign) ? ticked.filter((id) => id !== sign) : [...ticked, sign];
  save({ ...progress, signs: { ...progress.signs, [position]: next } });
}

export function discardSpotCheck(): void {
  save(null);
}
