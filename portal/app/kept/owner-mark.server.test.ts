import { createOwnerMarks } from "./owner-mark.server";

const marks = createOwnerMarks("x".repeat(40));
const TOKEN = "Vq3XbT0m4c2s9QyK1nHd8uLw5eZr7pAi6oJgFkYtBxE";

describe("the owner mark a keepable form carries", () => {
  it("is the same for the same owner, and different for another", () => {
    expect(marks.markOf("account:7")).toBe(marks.markOf("account:7"));
    expect(marks.markOf("account:7")).not.toBe(marks.markOf("account:8"));
    expect(marks.markOf("account:7")).not.toBe(marks.markOf("link:7"));
  });

  it("shows neither the account id nor the link's token", () => {
    const mark = marks.markOf(`link:${TOKEN}`);
    expect(mark).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mark).not.toContain(TOKEN.slice(0, 8));
    expect(marks.markOf("account:12345")).not.toContain("12345");
  });

  it("cannot be made without the portal's secret", () => {
    expect(createOwnerMarks("y".repeat(40)).markOf("account:7")).not.toBe(marks.markOf("account:7"));
  });

  it("is recognised as its owner's alone", () => {
    const mark = marks.markOf("account:7");
    expect(marks.isMarkOf(mark, "account:7")).toBe(true);
    expect(marks.isMarkOf(mark, "account:8")).toBe(false);
    expect(marks.isMarkOf("short", "account:7")).toBe(false);
  });
});
