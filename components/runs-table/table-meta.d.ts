import "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // Layout hints read by the generic data-table (grid template and alignment).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** a CSS grid track size, e.g. "96px" or "minmax(200px, 1fr)" */
    width?: string;
    align?: "left" | "right" | "center";
  }
}
