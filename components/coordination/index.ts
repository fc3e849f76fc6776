export { CoordinationPanel, type CoordinationPanelProps } from "./coordination-panel";
