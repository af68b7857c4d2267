import {
  EXEMPTION_LABELS,
  FAILURE_LABELS,
  PRINCIPLE_LABELS,
  type Pick as QuizPick,
} from '../../lib/quiz/labels';
import type { QuizDeckPost } from '../../lib/quiz/schema';

/** What the reader hears straight after answering: right or not, the recommended pick and why. */
export function Feedback({ post, pick }: { post: QuizDeckPost; pick: QuizPick }) {
  const right = pick === post.answer;
  return (
    <div class={`quiz-feedback ${right ? 'right' : 'wrong'}`}>
      <p>
        <strong>{right ? 'Good call.' : 'Not this time.'}</strong>{' '}
        {post.answer === 'click' ? 'This one is worth the click' : 'This one is worth scrolling past'}:{' '}
        {post.verdict.toLowerCase()}.
      </p>
      <p>{post.explanation}</p>
      <PostLabels post={post} />
    </div>
  );
}

function PostLabels({ post }: { post: QuizDeckPost }) {
  return (
    <p class="meta">
      {post.failures.length > 0 && (
        <>Named: {post.failures.map((failure) => FAILURE_LABELS[failure]).join(', ')}. </>
      )}
      {post.exemption && <>Exempt from bait rules: {EXEMPTION_LABELS[post.exemption].toLowerCase()}. </>}
      Shows: {post.principles.map((principle) => PRINCIPLE_LABELS[principle]).join('; ')}.
    </p>
  );
}
