import { SHORT_PLATFORM_NAMES } from '../../lib/platforms';
import type { QuizDeckPost } from '../../lib/quiz/schema';

const initialsOf = (name: string) =>
  name
    .split(/[\s&-]+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');

/**
 * An example post drawn like a card in a feed. Everything in it is shown as text: addresses are not links,
 * and the picture is a described placeholder, because these businesses are made up.
 */
/** `text` with the first `marked` in it drawn as a highlight, once the reader has answered. */
function Marked({ text, marked }: { text: string; marked: string | undefined }) {
  const at = marked ? text.indexOf(marked) : -1;
  if (!marked || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{marked}</mark>
      {text.slice(at + marked.length)}
    </>
  );
}

interface Props {
  post: QuizDeckPost;
  headingId: string;
  /** Words of the post to highlight: the signal that decides it, shown after the answer. */
  highlight?: string | undefined;
}

export function PostCard({ post, headingId, highlight }: Props) {
  const { business } = post;
  return (
    <article class={`post-card platform-${post.platform}`} aria-labelledby={headingId}>
      <header class="post-card-header">
        <span class="post-avatar" aria-hidden="true">
          {business.initials ?? initialsOf(business.name)}
        </span>
        <span>
          <span class="post-business" id={headingId}>
            {business.name}
          </span>
          <span class="post-handle">
            {business.handle} · {SHORT_PLATFORM_NAMES[post.platform]}
          </span>
        </span>
      </header>
      <p class="post-text">
        <Marked text={post.text} marked={highlight} />
      </p>
      {post.imageAlt && (
        <p class="post-image" role="img" aria-label={`Picture: ${post.imageAlt}`}>
          <span aria-hidden="true">Picture: {post.imageAlt}</span>
        </p>
      )}
      {post.link && (
        <p class="post-link">
          <span class="post-link-domain">{post.link.domain}</span>
          <span class="post-link-title">
            <Marked text={post.link.title} marked={highlight} />
          </span>
        </p>
      )}
    </article>
  );
}
