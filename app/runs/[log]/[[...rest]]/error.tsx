"use client";

import { SegmentError, type SegmentErrorProps } from "@/components/states/segment-error";

export default function RunError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Could not load this run" />;
}
