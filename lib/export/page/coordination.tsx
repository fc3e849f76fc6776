import type { AgentColor } from "@/lib/prepare/agent-colors";
import type { CoordCell, CoordinationView, CoordRow } from "@/lib/prepare/coordination-types";
import { Card, Chip, Note } from "./chip";
import { clip, type Limits } from "./limits";

/** Past this, a cell's text folds into <details> (native, no script) so the table stays scannable. */
const FOLD_AT = 280;

type ColorOf = (id: string | null) => AgentColor | null;

function Cell({ cell, colorOf, maxText }: { cell: CoordCell; colorOf: ColorOf; maxText: number }) {
  const text = cell.text === null ? null : clip(cell.text, maxText);
  return (
    <div className={`ev tone-${cell.tone}`}>
      <span className="row" style={{ gap: 6 }}>
        <b>{cell.headline}</b>
        {cell.label ? <Chip text={cell.label} color={colorOf(cell.labelAgentId)} /> : null}
        {cell.labels ? <span className="mono small muted">[{cell.labels.join(", ")}]</span> : null}
      </span>
      {text && text.length > FOLD_AT ? (
        <details>
          <summary className="small">{text.slice(0, 120)}…</summary>
          <p style={{ padding: "0 12px 8px" }}>{text}</p>
        </details>
      ) : text ? (
        <p>{text}</p>
      ) : null}
    </div>
  );
}

function Row({ row, view, colorOf, maxText }: { row: CoordRow; view: CoordinationView; colorOf: ColorOf; maxText: number }) {
  const head = (
    <>
      <td className="mono small muted" style={{ whiteSpace: "nowrap" }}>
        E{row.n}
      </td>
      <td className="num small muted" title={row.localTime ?? undefined}>
        {row.relLabel ?? "—"}
      </td>
    </>
  );
  if (row.col === null) {
    return (
      <tr className="span">
        {head}
        <td colSpan={view.columns.length}>
          <Cell cell={row.cell} colorOf={colorOf} maxText={maxText} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      {head}
      {view.columns.map((c, i) => (
        <td key={c.agentId}>{i === row.col ? <Cell cell={row.cell} colorOf={colorOf} maxText={maxText} /> : null}</td>
      ))}
    </tr>
  );
}

/** Every coordination event, one column per agent (coordination_table.txt, FORMAT.md §4.1). */
export function Coordination({ view, limits }: { view: CoordinationView; limits: Limits }) {
  const colors = new Map(view.columns.map((c) => [c.agentId, c.color]));
  const colorOf = (id: string | null) => (id ? (colors.get(id) ?? null) : null);
  const rows = view.rows.slice(0, limits.maxRows);
  return (
    <Card id="coordination" title="Coordination" note={`${view.rows.length} events · ${view.sourceNote}`}>
      {rows.length === 0 ? (
        <Note>{view.sourceNote}</Note>
      ) : (
        <div className="scroll">
          <table data-testid="bundle-coordination">
            <thead>
              <tr>
                <th style={{ width: 48 }}>#</th>
                <th className="num" style={{ width: 72 }}>
                  Time
                </th>
                {view.columns.map((c) => (
                  <th key={c.agentId}>
                    <Chip text={c.agentId} color={c.color} /> {c.model ? <span className="mono">{c.model}</span> : null}
                    {c.isWinner ? <span className="badge ok">winner</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <Row key={r.n} row={r} view={view} colorOf={colorOf} maxText={limits.maxText} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.rows.length > rows.length ? <Note warn>Showing the first {rows.length} of {view.rows.length} events to keep the file under the size limit.</Note> : null}
    </Card>
  );
}
