export { TimelinePanel, type TimelinePanelProps } from "./timeline-panel";
