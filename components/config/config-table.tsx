import { Badge } from "@/components/ui/badge";
import type { ConfigRow } from "@/lib/prepare/config";

/** Key/value rows in monospace; values are untrusted text. */
export function ConfigTable({ rows, empty }: { rows: ConfigRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-[12px] text-muted">{empty}</p>;
  return (
    <table className="w-full table-fixed text-[12px]">
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-border last:border-0 align-top">
            <th scope="row" className="w-[38%] py-1.5 pr-3 text-left font-mono font-normal break-words text-muted">
              {r.key}
            </th>
            <td className="py-1.5 font-mono break-words whitespace-pre-wrap">
              {r.redacted ? (
                <Badge tone="neutral" data-testid="config-redacted" title="Hidden: the key looks like a secret">
                  redacted
                </Badge>
              ) : r.value === null ? (
                <span className="text-subtle">null</span>
              ) : (
                r.value
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
