import { redirect } from "@remix-run/node";
import { answerQuestion } from "./answer-question.server";
import { thrownResponse } from "~/testing/thrown-response";

const WAYS = { continue: "/next", back: "/previous", later: "/start?saved" };
const request = () => new Request("http://localhost/questions/when", { method: "POST" });
const refusal = { errors: [{ field: "answer", message: "Keep it shorter" }], text: "typed" };


describe("answering a question page", () => {
  it("saves the answer, then goes where the button pressed leads", async () => {
    const saved: string[] = [];
    for (const pressed of ["continue", "back", "later"] as const) {
      const response = await thrownResponse(answerQuestion(request(), pressed, async () => (saved.push(pressed), null), WAYS));
      expect(response.headers.get("Location")).toBe(WAYS[pressed]);
    }
    expect(saved).toEqual(["continue", "back", "later"]);
  });

  it("stays on the page with why and what was typed when the answer is refused, Back included", async () => {
    await expect(answerQuestion(request(), "back", async () => refusal, WAYS)).resolves.toMatchObject({ data: refusal, init: { status: 400 } });
  });

  it("saves, then signs out, with the session's cookie cleared", async () => {
    let saves = 0;
    const response = await thrownResponse(answerQuestion(request(), "sign-out", async () => (saves++, null), WAYS));
    expect(saves).toBe(1);
    expect(response.headers.get("Location")).toBe("/sign-in?signed-out");
    expect(response.headers.get("Set-Cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
  });

  it("saves, then signs out, when the timeout warning's time runs out, and the sign-in page says why", async () => {
    let saves = 0;
    const response = await thrownResponse(answerQuestion(request(), "timed-out", async () => (saves++, null), WAYS));
    expect(saves).toBe(1);
    expect(response.headers.get("Location")).toBe("/sign-in?timed-out");
  });

  it("signs out even when the answer is refused, or the page would send the person elsewhere", async () => {
    for (const save of [async () => refusal, async () => Promise.reject(redirect("/my-review"))]) {
      const response = await thrownResponse(answerQuestion(request(), "sign-out", save, WAYS));
      expect(response.headers.get("Location")).toBe("/sign-in?signed-out");
    }
  });

  it("lets a fault in saving reach the error page, whatever was pressed", async () => {
    const fault = new Error("The API is down.");
    await expect(answerQuestion(request(), "sign-out", () => Promise.reject(fault), WAYS)).rejects.toBe(fault);
  });
});
