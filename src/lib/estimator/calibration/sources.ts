import type { AuditPlatform } from '../audit/plan';

/** The labelled data sets the audit is fitted and tested on, each a file in data/calibration/. */
export type DataSetId = 'cresci2015' | 'botrepo2019' | 'instafake2019' | 'parma2020';

/** One population of people, or one source of bought or fake accounts, within a data set. */
export type SourceId =
  'TFP' | 'FSF' | 'TWT' | 'VER19' | 'VP19' | 'IF-real' | 'IF-fake' | 'PA-real' | 'PA-fake';

export interface DataSet {
  id: DataSetId;
  file: string;
  /** "Cresci et al. 2015": how the page names it. */
  citation: string;
}

export interface LabelledSource {
  id: SourceId;
  dataSet: DataSetId;
  kind: 'people' | 'bought';
  platform: Extract<AuditPlatform, 'x' | 'instagram'>;
  /** A short name for tables: "X people, 2013". */
  name: string;
  /** What the accounts are, in plain words. */
  description: string;
}

export const DATA_SETS: readonly DataSet[] = [
  { id: 'cresci2015', file: 'twitter-cresci2015.csv', citation: 'Cresci et al. 2015' },
  { id: 'botrepo2019', file: 'twitter-botrepo2019.csv', citation: 'Yang et al. 2020, Bot Repository' },
  { id: 'instafake2019', file: 'instagram-instafake.csv', citation: 'Akyon and Kalfaoglu 2019, InstaFake' },
  { id: 'parma2020', file: 'instagram-parma2020.csv', citation: 'a University of Parma project, 2020' },
];

export const SOURCES: readonly LabelledSource[] = [
  {
    id: 'TFP',
    dataSet: 'cresci2015',
    kind: 'people',
    platform: 'x',
    name: 'X people, 2013',
    description: 'people who followed the researchers’ “The Fake Project” account, each checked by hand',
  },
  {
    id: 'VER19',
    dataSet: 'botrepo2019',
    kind: 'people',
    platform: 'x',
    name: 'X verified people, 2019',
    description: 'verified X accounts of well-known people and organisations',
  },
  {
    id: 'IF-real',
    dataSet: 'instafake2019',
    kind: 'people',
    platform: 'instagram',
    name: 'Instagram people, 2019',
    description: 'real Instagram accounts from the InstaFake data set',
  },
  {
    id: 'PA-real',
    dataSet: 'parma2020',
    kind: 'people',
    platform: 'instagram',
    name: 'Instagram people, 2020',
    description: 'real Instagram accounts, most of them well followed',
  },
  {
    id: 'FSF',
    dataSet: 'cresci2015',
    kind: 'bought',
    platform: 'x',
    name: 'X seller FSF, 2013',
    description: 'followers bought from fastfollowerz.com',
  },
  {
    id: 'TWT',
    dataSet: 'cresci2015',
    kind: 'bought',
    platform: 'x',
    name: 'X seller TWT, 2013',
    description: 'followers bought from twittertechnology.com',
  },
  {
    id: 'VP19',
    dataSet: 'botrepo2019',
    kind: 'bought',
    platform: 'x',
    name: 'X sellers, 2017-18',
    description: 'followers bought from several sellers, many made to look like people',
  },
  {
    id: 'IF-fake',
    dataSet: 'instafake2019',
    kind: 'bought',
    platform: 'instagram',
    name: 'Instagram fakes, 2019',
    description: 'fake and spam Instagram accounts from the InstaFake data set',
  },
  {
    id: 'PA-fake',
    dataSet: 'parma2020',
    kind: 'bought',
    platform: 'instagram',
    name: 'Instagram fakes, 2020',
    description: 'fake Instagram accounts from the Parma data set',
  },
];

export const SOURCE_BY_ID: ReadonlyMap<SourceId, LabelledSource> = new Map(
  SOURCES.map((source) => [source.id, source]),
);

/** The short name of a source for tables and lists. */
export function sourceName(id: SourceId): string {
  return SOURCE_BY_ID.get(id)!.name;
}
