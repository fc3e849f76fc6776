import type { AgentColor } from "@/lib/prepare/agent-colors";

/** An agent id or answer label in its agent's colour (the app's chip, static). */
export function Chip({ text, color }: { text: string; color: AgentColor | null }) {
  return (
    <span className="chip" style={color ? { background: color.soft, color: color.fg } : { background: "var(--surface-2)" }}>
      {color ? <i className="dot" style={{ background: color.solid }} /> : null}
      {text}
    </span>
  );
}

export function Card({ id, title, note, children }: { id: string; title: string; note?: string | null; children: React.ReactNode }) {
  return (
    <section className="card" id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {title}
        {note ? <small>{note}</small> : null}
      </h2>
      {children}
    </section>
  );
}

export function Note({ children, warn }: { children: React.ReactNode; warn?: boolean }) {
  return <div className={warn ? "note warn" : "note"}>{children}</div>;
}
