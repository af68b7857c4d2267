import { detectColumns } from '../../csv/columns';
import { CSV_LIMITS } from '../../csv/limits';
import { createRowReader } from '../../csv/row';
import { readCsvText } from '../../csv/reader';
import type { FollowerProfile } from '../profile/types';
import { DATA_SETS, SOURCE_BY_ID, type DataSetId, type SourceId } from './sources';

/** One account of a labelled data set: its profile, the population or seller it comes from, and what it is. */
export interface LabelledProfile {
  profile: FollowerProfile;
  source: SourceId;
  bought: boolean;
}

/** The text of every labelled file, by data set. */
export type LabelledFiles = Readonly<Record<DataSetId, string>>;

/** The records of a labelled file, read by the audit's own CSV reader; blank lines left out. */
function csvRecords(text: string): string[][] {
  const { records, stopped } = readCsvText(text, CSV_LIMITS);
  if (stopped || records.some((record) => record.unclosedQuote)) throw new Error('labelled CSV: unreadable');
  return records.map((record) => record.cells).filter((cells) => cells.length > 1 || cells[0] !== '');
}

function labelled(profile: FollowerProfile, source: SourceId): LabelledProfile {
  return { profile, source, bought: SOURCE_BY_ID.get(source)!.kind === 'bought' };
}

/**
 * The X (Twitter) sets, Cresci et al. 2015 and the Bot Repository's 2019 accounts: X API user objects, read
 * with the audit's own column detection and row reader, so the calibration scores exactly what the tool
 * would make of the same file. `source` names the population or seller; `label` must agree with it.
 */
function readXUsers(text: string, dataSet: DataSetId): LabelledProfile[] {
  const [header, ...rows] = csvRecords(text);
  if (!header) throw new Error('labelled CSV: no header');
  const sourceAt = header.indexOf('source');
  const labelAt = header.indexOf('label');
  if (sourceAt === -1 || labelAt === -1) throw new Error('labelled CSV: no source or label column');
  const readRow = createRowReader(header, detectColumns(header).mapping);
  return rows.map((cells, index) => {
    const read = readRow(cells);
    if (!read.ok) throw new Error(`labelled CSV line ${index + 2}: ${read.reason}`);
    const source = SOURCE_BY_ID.get(cells[sourceAt] as SourceId);
    const label = cells[labelAt];
    if (!source || source.dataSet !== dataSet || (label === 'bought') !== (source.kind === 'bought'))
      throw new Error(`labelled CSV line ${index + 2}: source ${cells[sourceAt]}, label ${label}`);
    return labelled(read.profile, source.id);
  });
}

/** The whole numbers of a row of counts, or an error naming the line. */
function wholeNumbers(cells: readonly string[], line: number): number[] {
  return cells.map((cell) => {
    const value = Number(cell);
    if (cell === '' || !Number.isInteger(value) || value < 0) throw new Error(`line ${line}: ${cell}`);
    return value;
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
 * user name of the recorded length with the recorded number of digits (the signs look only at digits).
 */
function readInstaFake(text: string): LabelledProfile[] {
  const [header, ...rows] = csvRecords(text);
  if (header?.join() !== INSTAFAKE_COLUMNS.join()) throw new Error('InstaFake CSV: unexpected columns');
  return rows.map((cells, index) => {
    const [followers, following, posts, hasPhoto, isPrivate, bioLength, nameLength, nameDigits, isFake] =
      wholeNumbers(cells, index + 2) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
    return labelled(
      {
        handle: 'a'.repeat(Math.max(0, nameLength - nameDigits)) + '1'.repeat(nameDigits),
        followers,
        following,
        posts,
        defaultImage: hasPhoto === 0,
        private: isPrivate === 1,
        bio: 'x'.repeat(bioLength),
      },
      isFake === 1 ? 'IF-fake' : 'IF-real',
    );
  });
}

const PARMA_COLUMNS = [
  'has_profile_pic',
  'username_digit_ratio',
  'full_name_words',
  'bio_length',
  'has_external_url',
  'is_private',
  'is_verified',
  'is_business',
  'posts',
  'followers',
  'following',
  'label',
] as const;

// The longest user name Instagram allows.
const LONGEST_HANDLE = 30;

/**
 * A user name with the recorded share of digits: the Parma set gives the share (to three decimals) but not
 * the length, so the shortest name that gives exactly that share stands in. The signs read only the share.
 */
function handleWithDigitShare(share: number, line: number): string {
  for (let length = 1; length <= LONGEST_HANDLE; length++) {
    const digits = Math.round(share * length);
    // The share is printed to three decimals, rounded either way (1/16 is given as 0.062).
    if (Math.abs(digits / length - share) <= 0.0005 + 1e-9)
      return 'a'.repeat(length - digits) + '1'.repeat(digits);
  }
  throw new Error(`Parma CSV line ${line}: no user name has a digit share of ${share}`);
}

/** The Parma 2020 Instagram set, mapped by hand like InstaFake: it too holds counts, lengths and shares. */
function readParma2020(text: string): LabelledProfile[] {
  const [header, ...rows] = csvRecords(text);
  if (header?.join() !== PARMA_COLUMNS.join()) throw new Error('Parma CSV: unexpected columns');
  return rows.map((cells, index) => {
    const line = index + 2;
    const [photo, share, , bioLength, website, isPrivate, verified, , posts, followers, following] = cells;
    const label = cells[11];
    const digitShare = Number(share);
    if (!(digitShare >= 0 && digitShare <= 1) || (label !== 'real' && label !== 'fake'))
      throw new Error(`Parma CSV line ${line}: ${cells.join()}`);
    const [hasPhoto, bio, url, privateFlag, verifiedFlag, postCount, followerCount, followingCount] =
      wholeNumbers(
        [photo!, bioLength!, website!, isPrivate!, verified!, posts!, followers!, following!],
        line,
      ) as [number, number, number, number, number, number, number, number];
    return labelled(
      {
        handle: handleWithDigitShare(digitShare, line),
        followers: followerCount,
        following: followingCount,
        posts: postCount,
        defaultImage: hasPhoto === 0,
        private: privateFlag === 1,
        verified: verifiedFlag === 1,
        bio: 'x'.repeat(bio),
        url: url === 1 ? 'https://example.org/' : '',
      },
      label === 'fake' ? 'PA-fake' : 'PA-real',
    );
  });
}

const READERS: Readonly<Record<DataSetId, (text: string) => LabelledProfile[]>> = {
  cresci2015: (text) => readXUsers(text, 'cresci2015'),
  botrepo2019: (text) => readXUsers(text, 'botrepo2019'),
  instafake2019: readInstaFake,
  parma2020: readParma2020,
};

/** Every labelled account of every data set, in the order of DATA_SETS. */
export function readLabelled(files: LabelledFiles): LabelledProfile[] {
  return DATA_SETS.flatMap((dataSet) => READERS[dataSet.id](files[dataSet.id]));
}
