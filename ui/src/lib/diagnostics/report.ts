// The diagnostics report as a text file for support.
import { DIAGNOSTICS_CHECK_IDS, DIAGNOSTICS_OUTCOME_IDS } from "../l10n/ids";
import type { Report } from "./api";

/**
 * The report as a text file: the app's words for each check and outcome (`t`, the
 * l10n lookup), the facts as measured, times in UTC to the millisecond.
 */
export function reportText(r: Report, t: (id: string, args?: Record<string, string | number>) => string): string {
  const utc = (iso: string) => iso.replace("T", " ").replace(/(\.\d{3})\d*/, "$1").replace(/Z$|\+00:00$/, " UTC");
  const lines = [
    t("diagnostics-report-title", { target: r.target, address: r.address ?? "?" }),
    t("diagnostics-report-run", { from: utc(r.startedAt), to: utc(r.finishedAt) }),
    "",
  ];
  for (const s of r.steps) {
    const name = s.check === "tcp" ? t("diagnostics-check-tcp", { port: String(s.port ?? "") }) : t(DIAGNOSTICS_CHECK_IDS[s.check]);
    lines.push(`[${utc(s.startedAt)}] ${name}: ${t(DIAGNOSTICS_OUTCOME_IDS[s.outcome])} (${s.elapsedMs} ms)`);
    for (const d of s.details) lines.push(`    ${d}`);
  }
  if (r.cancelled) lines.push("", t("diagnostics-report-cancelled"));
  return lines.join("\n") + "\n";
}
