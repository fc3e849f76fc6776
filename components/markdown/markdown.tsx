import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "@/components/ui/cn";
import { SafeImage } from "./safe-image";
import { safeUrlTransform } from "./safe-url";

/*
 * Renders untrusted agent markdown. No rehype-raw, so raw HTML is never
 * parsed into elements; rehype-sanitize (GitHub's schema) strips anything
 * dangerous that markdown itself can express; urlTransform drops
 * javascript:/vbscript:/data: links; images become click-to-load placeholders.
 */
const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
        {children}
      </a>
    ) : (
      // urlTransform emptied an unsafe URL: keep the text, drop the link.
      <span className="text-muted underline decoration-dotted" title="Link removed: unsafe URL">
        {children}
      </span>
    ),
  img: ({ src, alt }) => <SafeImage src={typeof src === "string" ? src : undefined} alt={alt} />,
};

export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cn("markdown", className)}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        urlTransform={safeUrlTransform}
        components={components}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
