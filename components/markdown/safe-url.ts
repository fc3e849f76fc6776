import { defaultUrlTransform } from "react-markdown";

// Schemes that can run code or smuggle content; dropped even if a later
// sanitizer config were loosened. Whitespace/control chars are stripped first
// because browsers ignore them inside schemes ("java\tscript:").
const BLOCKED = /^(javascript|vbscript|data|file):/i;

/** react-markdown urlTransform: agent text is untrusted, so unsafe URLs become "". */
export function safeUrlTransform(url: string): string {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (BLOCKED.test(compact)) return "";
  return defaultUrlTransform(url);
}

/** True for absolute http(s) or protocol-relative URLs, which would contact a remote host. */
export function isRemoteUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}
