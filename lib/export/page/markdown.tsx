import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { isRemoteUrl, safeUrlTransform } from "@/components/markdown/safe-url";

/*
 * The app's safe markdown (components/markdown/markdown.tsx: no raw HTML,
 * rehype-sanitize, unsafe schemes dropped), rendered once on the CLI. Its
 * click-to-load image needs client JS, so here an image is only ever a label:
 * a shared bundle must not contact any host when opened.
 */
const components: Components = {
  a: ({ href, children }) =>
    href && isRemoteUrl(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
        {children}
      </a>
    ) : (
      // Unsafe (emptied by urlTransform) or relative: the target is not in the bundle.
      <span title={href ? `link: ${href}` : "link removed: unsafe URL"}>{children}</span>
    ),
  img: ({ src, alt }) => (
    <span className="chip" title={typeof src === "string" ? src : undefined}>
      🖼 {alt?.trim() || "image"} (not embedded)
    </span>
  ),
};

/** Parsing grows faster than linearly with one long paragraph (8,000 lines ≈ 2 s): past this, plain text. */
const MARKDOWN_MAX = 64 * 1024;

export function StaticMarkdown({ text }: { text: string }) {
  if (text.length > MARKDOWN_MAX) {
    return (
      <div className="md">
        <p className="muted small">Long text ({Math.round(text.length / 1024)} KB), shown as plain text.</p>
        <pre style={{ whiteSpace: "pre-wrap" }}>{text}</pre>
      </div>
    );
  }
  return (
    <div className="md">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} urlTransform={safeUrlTransform} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
