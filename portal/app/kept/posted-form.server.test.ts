import { formAlreadyPosted, postedForm } from "./posted-form.server";

describe("the form a request posted", () => {
  it("is read once, and is still at hand afterwards", async () => {
    const request = new Request("http://portal.test/sign-in", { method: "POST", body: new URLSearchParams({ username: "sam" }) });
    const form = await postedForm(request);
    expect(form.get("username")).toBe("sam");
    await expect(postedForm(request)).resolves.toBe(form);
    await expect(formAlreadyPosted(request)).resolves.toBe(form);
  });

  it("has no fields when the POST sent nothing and named no type, as a script's bare POST does", async () => {
    const form = await postedForm(new Request("http://portal.test/sign-out", { method: "POST" }));
    expect([...form]).toEqual([]);
  });
});
