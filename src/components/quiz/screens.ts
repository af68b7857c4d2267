// The screens that show posts, loaded with the posts when play starts (load-quiz.ts): the first view, the
// intro, needs none of them.
export { QuizSession } from './QuizSession';
