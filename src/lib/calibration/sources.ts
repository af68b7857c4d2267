import type { CalibratedPlatform } from './types';

/** What each group of labelled accounts is, in words for the page: "people who followed ...". */
export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  TFP: 'real people (followers of the researchers’ “The Fake Project” account)',
  FSF: 'followers bought from fastfollowerz.com',
  TWT: 'followers bought from twittertechnology.com',
  real: 'real Instagram accounts',
  fake: 'fake and spam Instagram accounts',
};

/** Short names of the groups, for lists of figures. */
export const SOURCE_SHORT: Readonly<Record<string, string>> = {
  TFP: 'people',
  FSF: 'vendor FSF',
  TWT: 'vendor TWT',
  real: 'real accounts',
  fake: 'fake accounts',
};

/** Where each platform's labelled accounts come from, for the explanation beside a result. */
export const CALIBRATION_DATA: Readonly<Record<CalibratedPlatform, string>> = {
  x: 'labelled X (Twitter) accounts from 2013: 469 real people and 1,171 followers bought from two vendors (Cresci et al. 2015)',
  instagram:
    'labelled Instagram accounts from 2019: 497 real and 100 fake (the InstaFake data set, Akyon and Kalfaoglu 2019)',
  any: 'both labelled sets, X accounts from 2013 and Instagram accounts from 2019, with the signs that worked on both',
};
