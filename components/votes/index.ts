export { VotesPanel, type VotesPanelProps } from "./votes-panel";
