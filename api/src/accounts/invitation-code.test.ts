import { hashInvitationCode, newInvitationCode, normaliseInvitationCode } from "./invitation-code";

const SHAPE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

describe("invitation codes", () => {
  const codes = Array.from({ length: 10_000 }, newInvitationCode);

  it("are two groups of five capitals and digits, such as K7MX3-PQ9TD", () => {
    expect(codes.filter((code) => !SHAPE.test(code))).toEqual([]);
  });

  it("never show I, L, O or U", () => {
    expect(codes.filter((code) => /[ILOU]/.test(code))).toEqual([]);
  });

  it("use all 32 characters, and are not repeated", () => {
    expect(new Set(codes.join("").replace(/-/g, "")).size).toBe(32);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("read back as themselves", () => {
    expect(codes.filter((code) => normaliseInvitationCode(code) !== code)).toEqual([]);
  });
});

describe("reading an invitation code as a person typed it", () => {
  it.each([
    "k7mx3 pq9td",
    "K7MX3PQ9TD",
    "  k7mx3-pq9td  ",
    "K7MX3--PQ9TD",
    "K-7-M-X-3-P-Q-9-T-D",
    "K7MX3 – PQ9TD",
    "k7mx3\tpq9td\n",
  ])("reads %j as K7MX3-PQ9TD", (typed) => {
    expect(normaliseInvitationCode(typed)).toBe("K7MX3-PQ9TD");
  });

  it("reads O as 0, and I or L as 1", () => {
    expect(normaliseInvitationCode("hoooi-lli1z")).toBe("H0001-1111Z");
  });

  it.each(["", "K7MX3-PQ9T", "K7MX3-PQ9TDX", "K7MX3-PQ9TU", "K7MX3-PQ9T!", "K7MX3.PQ9TD", "K7MX3_PQ9TD"])(
    "refuses %j, which cannot be a code",
    (typed) => {
      expect(normaliseInvitationCode(typed)).toBeNull();
    },
  );
});

describe("the hash of an invitation code", () => {
  it("is a 32-byte digest that does not hold the code", () => {
    const hash = hashInvitationCode("K7MX3-PQ9TD");

    expect(hash).toHaveLength(32);
    expect(hash.toString("latin1")).not.toContain("K7MX3");
  });

  it("is the same however the code was typed, and differs between codes", () => {
    expect(hashInvitationCode("k7mx3 pq9td")).toEqual(hashInvitationCode("K7MX3-PQ9TD"));
    expect(hashInvitationCode("K7MX3-PQ9TE")).not.toEqual(hashInvitationCode("K7MX3-PQ9TD"));
  });

  it("refuses what is not a code, rather than hashing it", () => {
    expect(() => hashInvitationCode("not a code")).toThrow(TypeError);
  });
});
