export { AnswersPanel, type AnswersPanelProps } from "./answers-panel";
