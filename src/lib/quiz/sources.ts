import type { Source } from '../guides/schema';
import type { ExemptionId, FailureId } from './labels';

export interface QuizSource extends Source {
  /** The failures and exemptions this source names, so the island can cite it beside them. */
  covers: readonly (FailureId | ExemptionId)[];
}

/**
 * Where the platform terms in the quiz come from (the other failures are this site's own guidance), then the
 * papers behind its measures of discernment and leaning (discernment.ts), which cover no failure.
 */
export const QUIZ_SOURCES: readonly QuizSource[] = [
  {
    title: 'News Feed FYI: Fighting Engagement Bait on Facebook',
    publisher: 'Facebook Newsroom (Meta)',
    year: 2017,
    url: 'https://about.fb.com/news/2017/12/news-feed-fyi-fighting-engagement-bait-on-facebook/',
    covers: [
      'vote-baiting',
      'react-baiting',
      'share-baiting',
      'tag-baiting',
      'comment-baiting',
      'call-for-help',
      'fundraising',
      'asking-for-recommendations',
    ],
  },
  {
    title: 'News Feed FYI: Further Reducing Clickbait in Feed',
    publisher: 'Facebook Newsroom (Meta)',
    year: 2016,
    url: 'https://about.fb.com/news/2016/08/news-feed-fyi-further-reducing-clickbait-in-feed/',
    covers: ['clickbait-withholding', 'clickbait-exaggerating'],
  },
  {
    title: 'News Feed FYI: New Updates to Reduce Clickbait Headlines',
    publisher: 'Facebook Newsroom (Meta)',
    year: 2017,
    url: 'https://about.fb.com/news/2017/05/news-feed-fyi-new-updates-to-reduce-clickbait-headlines/',
    covers: ['clickbait-withholding', 'clickbait-exaggerating'],
  },
  {
    title:
      'Gamified inoculation interventions do not improve discrimination between true and fake news: Reanalyzing existing research with receiver operating characteristic analysis',
    publisher: 'Journal of Experimental Psychology: General 152(9), Modirrousta-Galian and Higham',
    year: 2023,
    url: 'https://doi.org/10.1037/xge0001395',
    covers: [],
  },
  {
    title: 'Feedback exercises boost discernment of misinformation for gamified inoculation interventions',
    publisher:
      'Journal of Experimental Psychology: General 153(8), Leder, Schellinger, Maertens, van der Linden, Chryst and Roozenbeek',
    year: 2024,
    url: 'https://doi.org/10.1037/xge0001603',
    covers: [],
  },
  {
    title: 'Calculation of signal detection theory measures',
    publisher: 'Behavior Research Methods, Instruments, & Computers 31(1), Stanislaw and Todorov',
    year: 1999,
    url: 'https://doi.org/10.3758/BF03207704',
    covers: [],
  },
  {
    title: 'A note on ROC analysis and non-parametric estimate of sensitivity',
    publisher: 'Psychometrika 70(1), Zhang and Mueller',
    year: 2005,
    url: 'https://doi.org/10.1007/s11336-003-1119-8',
    covers: [],
  },
  {
    title: 'Corrections for extreme proportions and their biasing effects on estimated values of d′',
    publisher: 'Behavior Research Methods, Instruments, & Computers 27(1), Hautus',
    year: 1995,
    url: 'https://doi.org/10.3758/BF03203619',
    covers: [],
  },
  {
    title: 'A significance test for one parameter isosensitivity functions',
    publisher: 'Psychometrika 32(1), Gourevitch and Galanter',
    year: 1967,
    url: 'https://doi.org/10.1007/BF02289402',
    covers: [],
  },
];
