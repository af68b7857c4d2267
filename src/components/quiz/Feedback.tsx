import {
  EXEMPTION_LABELS,
  FAILURE_LABELS,
  META_NAMED,
  PRINCIPLE_LABELS,
  type FailureId,
  type Pick as QuizPick,
} from '../../lib/quiz/labels';
import type { QuizDeckPost } from '../../lib/quiz/schema';

/**
 * What the reader hears straight after answering: right or not, the recommended pick, the words that decide
 * it and, for a good post she passed by, what made it worth the click.
 */
export function Feedback({ post, pick }: { post: QuizDeckPost; pick: QuizPick }) {
  const right = pick === post.answer;
  return (
    <div class={`quiz-feedback ${right ? 'right' : 'wrong'}`}>
      <p>
        <strong>{right ? 'Good call.' : 'Not this time.'}</strong>{' '}
        {post.answer === 'click' ? 'This one is worth the click' : 'This one is worth scrolling past'}:{' '}
        {post.verdict.toLowerCase()}.
      </p>
      <p>
        <strong>What decides it:</strong> “{post.signal}”
        {post.answer === 'scroll'
          ? `: ${baitName(post.failures[0]!)}.`
          : ', the detail that makes it useful.'}
      </p>
      {post.worth && pick === 'scroll' && (
        <p>
          <strong>What made it worth a click:</strong> {post.worth}
        </p>
      )}
      <p>{post.explanation}</p>
      <PostLabels post={post} />
    </div>
  );
}

/** A bait type by name, saying when it is one Meta names, since those are what its feed demotes. */
function baitName(failure: FailureId): string {
  const label = FAILURE_LABELS[failure].toLowerCase();
  return META_NAMED.includes(failure) ? `${label}, a kind of bait Meta names and shows fewer people` : label;
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
