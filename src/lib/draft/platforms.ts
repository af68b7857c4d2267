import type { Platform } from '../platforms';
import type { Severity } from './types';

export interface PlatformRules {
  /** Most characters a post may have (on X, the weighted count). */
  limit: number;
  limitSeverity: Severity;
  /** Says where the limit comes from; starts the length finding's reason. */
  limitNote: string;
  /** Most hashtags before we flag. */
  hashtagMax: number;
  /** true when going over `hashtagMax` stops the post publishing, false when it is advice. */
  hashtagHard: boolean;
  /** Says whose figure `hashtagMax` is, and whether it is a limit or advice. */
  hashtagNote: string;
}

export const PLATFORM_RULES: Readonly<Record<Platform, PlatformRules>> = {
  facebook: {
    // source: Facebook, Nov 2011 ("posts with more than 60,000 characters"), limit 63,206; TechRadar, 2011:
    // https://techradar.com/news/internet/facebook-status-limit-now-400-times-bigger-than-twitter-s-1044715
    limit: 63_206,
    limitSeverity: 'high',
    limitNote: 'Facebook posts stop at 63,206 characters.',
    // own: Facebook publishes no hashtag number; 3 is our own rule of thumb.
    hashtagMax: 3,
    hashtagHard: false,
    hashtagNote:
      'Facebook gives no number and hashtags do little there; we suggest 3 at most (our rule of thumb).',
  },
  instagram: {
    // source: Meta for Developers, Instagram Ads API "Media requirements" (2025): "a 2200 character limit on
    // captions"; the app's organic caption limit is the same, though Instagram's help pages don't state it.
    // https://developers.facebook.com/docs/instagram/ads-api/reference/media-requirements/
    limit: 2_200,
    limitSeverity: 'high',
    limitNote: 'Instagram captions stop at 2,200 characters.',
    // source: @creators, 18 Dec 2025: "Instagram will gradually update the number of hashtags that you can
    // include in a caption for a reel or post to five" (was 30), reported by Social Media Today, 2025,
    // "Instagram's Implementing New Limits on Hashtag Use":
    // https://www.socialmediatoday.com/news/instagrams-implementing-new-limits-on-hashtag-use/808309/
    // Instagram Help, "Use hashtags": https://help.instagram.com/351460621611097
    // Its 2021 advice was already 3 to 5 (@creators, "Do keep the number of hashtags between 3-5").
    hashtagMax: 5,
    hashtagHard: true,
    hashtagNote:
      'Instagram takes at most 5 hashtags on a post: a limit rolling out from 18 December 2025 (it was 30).',
  },
  x: {
    // source: X Developer Platform, "Counting characters" (2024): 280 weighted characters, every URL counts as 23,
    // emoji and CJK count as 2: https://docs.x.com/fundamentals/counting-characters
    limit: 280,
    limitSeverity: 'high',
    limitNote:
      'X allows 280 characters for most accounts; every link counts as 23 and most emoji and CJK characters as 2.',
    // source: X Help Centre, "How to use hashtags" (2024): "We recommend using no more than 2 hashtags per post as best
    // practice, but you may use as many hashtags in a post as you like."
    // https://help.x.com/en/using-x/how-to-use-hashtags
    hashtagMax: 2,
    hashtagHard: false,
    hashtagNote: 'X advises no more than 2 hashtags a post (its advice, not a limit).',
  },
  linkedin: {
    // source: LinkedIn Help, "Post and share updates" (2024): "The character limit for a post is 3000 characters."
    // https://www.linkedin.com/help/linkedin/answer/a528176
    limit: 3_000,
    limitSeverity: 'high',
    limitNote: 'LinkedIn posts stop at 3,000 characters.',
    // own: LinkedIn publishes no hashtag number; 3 is our own rule of thumb.
    hashtagMax: 3,
    hashtagHard: false,
    hashtagNote: 'LinkedIn gives no number; we suggest 3 at most (our rule of thumb).',
  },
  tiktok: {
    // source: TikTok for Developers, Content Posting API, Direct Post reference (2024): a video's title
    // (its description) is at most 2,200 characters (UTF-16 runes).
    // https://developers.tiktok.com/doc/content-posting-api-reference-direct-post
    // source: the same API's Photo Post reference (2024): a photo post's description is at most 4,000 UTF-16
    // runes. https://developers.tiktok.com/doc/content-posting-api-reference-photo-post
    // The checker does not know which kind of post the draft is for, so it holds the video limit and rates
    // going over it as medium, since a photo post allows more.
    limit: 2_200,
    limitSeverity: 'medium',
    limitNote:
      'TikTok documents 2,200 characters for a video’s description and 4,000 for a photo post’s, when posting through its API.',
    // own: TikTok publishes no hashtag number; 5 is our own rule of thumb.
    hashtagMax: 5,
    hashtagHard: false,
    hashtagNote: 'TikTok gives no number; we suggest 5 at most (our rule of thumb).',
  },
};
