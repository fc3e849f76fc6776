"use client";

import { SegmentError, type SegmentErrorProps } from "@/components/states/segment-error";

/** Runs list failed to load (e.g. the index store threw): say so and offer a retry. */
export default function RunsError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Could not load the runs" />;
}
