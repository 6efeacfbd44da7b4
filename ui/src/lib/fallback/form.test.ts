import { describe, expect, it } from "vitest";
import { emailFormOf, localIn } from "./form";

describe("the e-mail fallback's form from a ticket that could not leave", () => {
  it("gives the begin time back on the clock of the zone it was given in, summer time included", () => {
    // 08:05 UTC on 10 July is 10:05 in Rome (CEST) and 04:05 in New York (EDT).
    expect(localIn("2026-07-10T08:05:00Z", "Europe/Rome")).toBe("2026-07-10T10:05");
    expect(localIn("2026-07-10T08:05:00Z", "America/New_York")).toBe("2026-07-10T04:05");
    // In January, Rome is on CET: 09:05.
    expect(localIn("2026-01-10T08:05:00Z", "Europe/Rome")).toBe("2026-01-10T09:05");
  });

  it("carries the service, the server and the words", () => {
    const form = emailFormOf({
      department: "technical",
      priority: "high",
      subject: "Server down",
      body: "Since 10:05 nothing answers.",
      service_id: "svc-vps-ams",
      notice_id: undefined,
      incident: { server: "#482913", began_at: "2026-07-10T08:05:00Z", began_timezone: "Europe/Rome", diagnostics: "" },
      attachment_ids: [],
    } as never);
    expect(form).toEqual({
      serviceId: "svc-vps-ams",
      server: "#482913",
      beganLocal: "2026-07-10T10:05",
      beganTimezone: "Europe/Rome",
      description: "Server down\n\nSince 10:05 nothing answers.",
    });
  });
});
