import { describe, expect, it, vi } from "vitest";
vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn(), Channel: class {} }));
import { parsePort, type Report } from "./api";
import { reportText } from "./report";

describe("diagnostics", () => {
  it("takes a port from 1 to 65535, or none", () => {
    expect(parsePort("")).toBeNull();
    expect(parsePort(" 8443 ")).toBe(8443);
    for (const bad of ["0", "65536", "80a", "-1", "1.5"]) expect(parsePort(bad), bad).toBe("invalid");
  });

  it("writes every step with its time, outcome and facts", () => {
    const r: Report = {
      target: "#123456",
      address: "203.0.113.10",
      startedAt: "2026-11-23T10:04:05.123456Z",
      finishedAt: "2026-11-23T10:04:07.5Z",
      cancelled: true,
      localAddress: false,
      steps: [
        { check: "tcp", port: 22, startedAt: "2026-11-23T10:04:05.200Z", elapsedMs: 12, outcome: "open", details: ["connected in 12 ms"] },
      ],
    };
    const label = (id: string, args?: Record<string, string | number>) => `${id}${args ? JSON.stringify(args) : ""}`;
    expect(reportText(r, label).split("\n")).toEqual([
      'diagnostics-report-title{"target":"#123456","address":"203.0.113.10"}',
      'diagnostics-report-run{"from":"2026-11-23 10:04:05.123 UTC","to":"2026-11-23 10:04:07.5 UTC"}',
      "",
      '[2026-11-23 10:04:05.200 UTC] diagnostics-check-tcp{"port":"22"}: diagnostics-outcome-open (12 ms)',
      "    connected in 12 ms",
      "",
      "diagnostics-report-cancelled",
      "",
    ]);
  });
});
