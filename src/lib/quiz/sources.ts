import type { Source } from '../guides/schema';
import type { ExemptionId, FailureId } from './labels';

export interface QuizSource extends Source {
  /** The failures and exemptions this source names, so the island can cite it beside them. */
  covers: readonly (FailureId | ExemptionId)[];
}

/** Where the platform terms in the quiz come from. The other failures are this site's own guidance. */
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
];
