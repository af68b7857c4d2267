// The screens that show posts, loaded with the posts when play starts (load-quiz.ts): the first view, the
// intro, needs neither.
export { FriendResult } from './FriendResult';
export { QuizPlay } from './QuizPlay';
export { QuizReview } from './QuizReview';
