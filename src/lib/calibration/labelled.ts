import { detectColumns } from '../csv/columns';
import { CSV_LIMITS } from '../csv/limits';
import { createRowReader } from '../csv/row';
import { readCsvText } from '../csv/tokenizer';
import type { FollowerProfile } from '../profiles/types';

/** One account of a labelled data set: its profile, the group it was collected in, and what it is. */
export interface LabelledProfile {
  profile: FollowerProfile;
  /** The group within the data set: "TFP", "FSF", "TWT" (Cresci et al.), "real", "fake" (InstaFake). */
  source: string;
  bought: boolean;
}

/** The records of a labelled file, read by the audit's own CSV reader; blank lines left out. */
function csvRecords(text: string): string[][] {
  const { records, stopped } = readCsvText(text, CSV_LIMITS);
  if (stopped || records.some((record) => record.unclosedQuote)) throw new Error('labelled CSV: unreadable');
  return records.map((record) => record.cells).filter((cells) => cells.length > 1 || cells[0] !== '');
}

/**
 * The Cresci et al. 2015 baseline, read with the audit's own column detection and row reader, so the
 * calibration scores exactly what the tool would make of the same file. `source` and `label` are the
 * data set's own columns (TFP people; FSF and TWT bought).
 */
export function readCresci2015(text: string): LabelledProfile[] {
  const [header, ...rows] = csvRecords(text);
  if (!header) throw new Error('labelled CSV: no header');
  const sourceAt = header.indexOf('source');
  const labelAt = header.indexOf('label');
  if (sourceAt === -1 || labelAt === -1) throw new Error('labelled CSV: no source or label column');
  const readRow = createRowReader(header, detectColumns(header).mapping);
  return rows.map((cells, index) => {
    const read = readRow(cells);
    if (!read.ok) throw new Error(`labelled CSV line ${index + 2}: ${read.reason}`);
    const label = cells[labelAt];
    if (label !== 'person' && label !== 'bought') throw new Error(`labelled CSV: label ${label}`);
    return { profile: read.profile, source: cells[sourceAt]!, bought: label === 'bought' };
  });
}

const INSTAFAKE_COLUMNS = [
  'userFollowerCount',
  'userFollowingCount',
  'userMediaCount',
  'userHasProfilPic',
  'userIsPrivate',
  'userBiographyLength',
  'usernameLength',
  'usernameDigitCount',
  'isFake',
] as const;

/**
 * InstaFake (Akyon and Kalfaoglu 2019) holds counts and lengths, not the text of bios and names, so its
 * rows are mapped by hand: a bio of the recorded length (the signs ask only whether it is empty) and a
 * user name of the recorded length with the recorded number of digits (the signs count only digits).
 */
export function readInstaFake(text: string): LabelledProfile[] {
  const [header, ...rows] = csvRecords(text);
  if (header?.join() !== INSTAFAKE_COLUMNS.join()) throw new Error('InstaFake CSV: unexpected columns');
  return rows.map((cells, index) => {
    const [followers, following, posts, hasPhoto, isPrivate, bioLength, nameLength, nameDigits, isFake] =
      cells.map((cell) => {
        const value = Number(cell);
        if (!Number.isInteger(value) || value < 0) throw new Error(`InstaFake line ${index + 2}: ${cell}`);
        return value;
      }) as [number, number, number, number, number, number, number, number, number];
    return {
      profile: {
        handle: 'a'.repeat(Math.max(0, nameLength - nameDigits)) + '1'.repeat(nameDigits),
        followers,
        following,
        posts,
        defaultImage: hasPhoto === 0,
        private: isPrivate === 1,
        bio: 'x'.repeat(bioLength),
      },
      source: isFake === 1 ? 'fake' : 'real',
      bought: isFake === 1,
    };
  });
}
