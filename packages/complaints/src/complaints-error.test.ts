import { describe, expect, it } from "vitest";
import { ComplaintArgumentError, ComplaintsError, ComplaintValidationError } from "./complaints-error";

describe("ComplaintsError", () => {
  it("recognises its errors, also from another copy of the package (Symbol.for marker)", () => {
    const error = new ComplaintArgumentError("view", '"statistics"', "public");
    expect(ComplaintsError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(ComplaintsError);
    const fromAnotherCopy = Object.assign(new Error("x"), { [Symbol.for("@xunshi/complaints/ComplaintsError")]: true });
    expect(ComplaintsError.isInstance(fromAnotherCopy)).toBe(true);
    expect(ComplaintsError.isInstance(new Error("x"))).toBe(false);
    expect(ComplaintsError.isInstance(null)).toBe(false);
  });

  it("names the class and keeps a stable code", () => {
    const validation = new ComplaintValidationError("complaint", [
      { path: ["channel"], code: "invalid_value", message: "bad" },
    ]);
    expect([validation.name, validation.code]).toEqual(["ComplaintValidationError", "INVALID_COMPLAINT"]);
    expect(validation.message).toBe("Invalid complaint: 1 problem; first at channel: bad.");
    const argument = new ComplaintArgumentError("rules.start", "a date", 5, { cause: "c" });
    expect([argument.name, argument.code, argument.argument, argument.cause]).toEqual([
      "ComplaintArgumentError",
      "INVALID_ARGUMENT",
      "rules.start",
      "c",
    ]);
  });

  it("says what was expected and what was received, showing only short strings and the type of anything else", () => {
    expect(new ComplaintArgumentError("view", '"handler"', "public").message).toBe(
      'Invalid view: expected "handler", received string "public".',
    );
    const long = "某".repeat(41);
    expect(new ComplaintArgumentError("category", "a code", long).message).not.toContain("某");
    expect(new ComplaintArgumentError("rules", "an object", null).message).toContain("received null");
    expect(new ComplaintArgumentError("rules.channels", "an array", ["x"]).message).toContain("received an array");
  });
});
