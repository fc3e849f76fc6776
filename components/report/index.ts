export { ReportPanel, type ReportPanelProps } from "./report-panel";
