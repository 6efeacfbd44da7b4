import { describe, expect, it, vi } from "vitest";
import { debounce } from "./api";

describe("autosave debounce", () => {
  it("saves once, after the last keystroke", () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const save = debounce((text: string) => saved.push(text), 400);
    save("h");
    save("he");
    vi.advanceTimersByTime(300);
    save("hel");
    vi.advanceTimersByTime(399);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(["hel"]);
    vi.useRealTimers();
  });

  it("saves at once on flush, and what is pending when the composer goes away", () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const save = debounce((text: string) => saved.push(text), 400);
    save("a");
    save.flush("ab");
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual(["ab"]);
    save("abc");
    save.flushPending();
    expect(saved).toEqual(["ab", "abc"]);
    save.flushPending();
    vi.advanceTimersByTime(1000);
    expect(saved, "nothing is saved twice").toEqual(["ab", "abc"]);
    vi.useRealTimers();
  });
});
