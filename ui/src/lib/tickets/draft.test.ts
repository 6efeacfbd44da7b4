import { describe, expect, it } from "vitest";
import { checkDraft, checkReply, isServerReference, SUBJECT_MAX_CHARS } from "./draft";

const incident = { server: "", beganLocal: "", beganTimezone: "Europe/Rome", diagnostics: "" };
const base = { department: "technical" as const, priority: "regular" as const, serviceId: null, incident, attachments: [] };

describe("draft checks", () => {
  it("names every empty field", () => {
    expect(checkDraft({ ...base, subject: "  ", body: "" })).toEqual([
      { field: "subject", reason: "required" },
      { field: "body", reason: "required" },
    ]);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(checkDraft({ ...base, subject: "😀".repeat(SUBJECT_MAX_CHARS), body: "x" })).toEqual([]);
    expect(checkDraft({ ...base, subject: "x".repeat(SUBJECT_MAX_CHARS + 1), body: "x" })).toEqual([
      { field: "subject", reason: "too-long" },
    ]);
  });

  it("asks a High ticket for its incident facts, and only a High ticket", () => {
    const d = { ...base, subject: "Down", body: "No ping" };
    expect(checkDraft(d)).toEqual([]);
    expect(checkDraft({ ...d, priority: "high" })).toEqual([
      { field: "incident.server", reason: "required" },
      { field: "incident.began_local", reason: "required" },
    ]);
    const facts = { ...incident, server: "203.0.113.300", beganLocal: "2026-03-28T10:00" };
    expect(checkDraft({ ...d, priority: "high", incident: facts })).toEqual([{ field: "incident.server", reason: "invalid" }]);
    expect(checkDraft({ ...d, priority: "high", incident: { ...facts, server: "#123456" } })).toEqual([]);
  });

  it("knows a server reference as the provider does", () => {
    for (const ok of ["203.0.113.10", "2001:db8::10", "::1", "::ffff:192.0.2.1", "#123456", " #1234 "]) {
      expect(isServerReference(ok), ok).toBe(true);
    }
    for (const bad of ["", "203.0.113", "256.1.1.1", "01.2.3.4", "2001:db8::zz", "fe80::1%eth0", "#12", "#12345678901", "srv-fra-07", "[::1]"]) {
      expect(isServerReference(bad), bad).toBe(false);
    }
  });

  it("refuses a blank reply", () => {
    expect(checkReply("\n\t ")).toEqual([{ field: "body", reason: "required" }]);
    expect(checkReply("thanks")).toEqual([]);
  });
});
