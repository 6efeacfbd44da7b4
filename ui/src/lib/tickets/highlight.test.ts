import { describe, expect, it } from "vitest";
import { highlight, snippetSegments } from "./highlight";

describe("search highlighting", () => {
  it("marks words by prefix, folding case and accents", () => {
    expect(highlight("Caffè già pronto", "caffe GIA")).toEqual([
      { text: "Caffè", hit: true },
      { text: " ", hit: false },
      { text: "già", hit: true },
      { text: " pronto", hit: false },
    ]);
    expect(highlight("Überprüfung", "uberpr")).toEqual([{ text: "Überprüfung", hit: true }]);
  });

  it("leaves text alone without a query and never interprets markup", () => {
    expect(highlight("<b>x</b>", null)).toEqual([{ text: "<b>x</b>", hit: false }]);
    expect(highlight("<img src=x onerror=alert(1)>", "img")).toEqual([
      { text: "<", hit: false },
      { text: "img", hit: true },
      { text: " src=x onerror=alert(1)>", hit: false },
    ]);
  });

  it("splits the core's snippet marks", () => {
    expect(snippetSegments("…the \uE000storage\uE001 \uE000array\uE001 was…")).toEqual([
      { text: "…the ", hit: false },
      { text: "storage", hit: true },
      { text: " ", hit: false },
      { text: "array", hit: true },
      { text: " was…", hit: false },
    ]);
  });
});
