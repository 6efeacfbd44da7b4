import { describe, expect, it } from "vitest";
import { dateOrder, joinLocal, parseTime, splitLocal } from "./began";

describe("incident begin time as typed", () => {
  it("orders the date as each language writes it", () => {
    expect(dateOrder("en-US")).toEqual(["month", "day", "year"]);
    for (const l of ["it", "de", "es"]) expect(dateOrder(l)).toEqual(["day", "month", "year"]);
  });

  it("reads the ways people type a time", () => {
    expect(parseTime("10:00")).toBe("10:00");
    expect(parseTime("9.05")).toBe("09:05");
    expect(parseTime("0930")).toBe("09:30");
    expect(parseTime("14")).toBe("14:00");
    expect(parseTime("10:00 PM")).toBe("22:00");
    expect(parseTime("12:15 am")).toBe("00:15");
    for (const bad of ["24:00", "10:60", "13 pm", "ten", ""]) expect(parseTime(bad), bad).toBeNull();
  });

  it("keeps one string that is canonical once complete and real", () => {
    expect(joinLocal("28", "3", "2026", "10:00")).toBe("2026-03-28T10:00");
    expect(joinLocal("", "", "", "")).toBe("");
    expect(joinLocal("30", "2", "2026", "10:00")).toBe("2026-2-30T10:00");
    expect(joinLocal("28", "3", "2026", "")).toBe("2026-3-28T");
  });

  it("gives the typed parts back, complete or not", () => {
    expect(splitLocal("2026-03-08T09:30")).toEqual({ year: "2026", month: "3", day: "8", time: "09:30" });
    expect(splitLocal("2026-3-T1")).toEqual({ year: "2026", month: "3", day: "", time: "1" });
    expect(splitLocal("")).toEqual({ year: "", month: "", day: "", time: "" });
  });
});
