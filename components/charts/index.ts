export { ChartsPanel, type ChartsPanelProps } from "./charts-panel";
