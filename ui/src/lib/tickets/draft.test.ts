import { describe, expect, it } from "vitest";
import { checkDraft, checkReply, SUBJECT_MAX_CHARS } from "./draft";

const base = { department: "technical" as const, priority: "regular" as const, serviceId: null };

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

  it("refuses a blank reply", () => {
    expect(checkReply("\n\t ")).toEqual([{ field: "body", reason: "required" }]);
    expect(checkReply("thanks")).toEqual([]);
  });
});
