import { loggedPath } from "./logged-path.server";

describe("the path the access log keeps", () => {
  it("hides a single-use link's token", () => {
    expect(loggedPath("/contribute/q3J8x0Zk1mV9rT2yW6bN4cD7fG5hJ8kL0mN3pQ6sU9w")).toBe("/contribute/:token");
    expect(loggedPath("/contribute/abc/")).toBe("/contribute/:token");
  });

  it("keeps every other path as it is, the link's own pages included", () => {
    expect(loggedPath("/contribute")).toBe("/contribute");
    expect(loggedPath("/contribute/questions/familyTime")).toBe("/contribute/questions/familyTime");
    expect(loggedPath("/my-review/where")).toBe("/my-review/where");
  });
});
