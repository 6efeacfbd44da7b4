import { describe, expect, it, vi } from "vitest";
vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
import { phaseOf } from "./api";
import type { Notice } from "../tickets/api";

const base: Notice = { id: "n", kind: "maintenance", title: "t", body: "b", service_ids: [], published_at: "2026-11-23T10:00:00Z" };
const now = new Date("2026-11-23T12:00:00Z").getTime();

describe("status phases", () => {
  it("puts each notice where it belongs now", () => {
    expect(phaseOf({ ...base, starts_at: "2026-11-23T11:00:00Z", ends_at: "2026-11-23T13:00:00Z" }, now)).toBe("now");
    expect(phaseOf({ ...base, starts_at: "2026-11-24T11:00:00Z", ends_at: "2026-11-24T13:00:00Z" }, now)).toBe("planned");
    expect(phaseOf({ ...base, starts_at: "2026-11-22T11:00:00Z", ends_at: "2026-11-22T13:00:00Z" }, now)).toBe("past");
    expect(phaseOf({ ...base, kind: "outage", starts_at: "2026-11-23T11:00:00Z" }, now)).toBe("now");
    expect(phaseOf({ ...base, kind: "outage", starts_at: "2026-11-23T11:00:00Z", resolved_at: "2026-11-23T11:30:00Z" }, now)).toBe("past");
    expect(phaseOf({ ...base, kind: "abuse", respond_by: "2026-11-24T11:00:00Z" }, now)).toBe("abuse");
  });
});
