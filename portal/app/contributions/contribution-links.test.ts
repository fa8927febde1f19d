import type { ContributionLinkState, Relationship } from "~/graphql/generated/graphql";
import { linkStatus, makeLinkLabel, peopleToAsk, personLabel, type LinkMade } from "./contribution-links";

const member = (id: string, firstName: string, relationship: Relationship, mayBeInvited = true) => ({ mayBeInvited, relationship, person: { id, firstName } });
const link = (personId: string, state: ContributionLinkState): LinkMade => ({
  person: { id: personId },
  state,
  createdAt: "2026-03-02T10:00:00Z",
  expiresAt: "2026-03-12T16:30:00Z",
});

const NETWORK = [
  member("helen", "Helen", "FOSTER_CARER"),
  member("mark", "Mark", "FATHER", false),
  member("gran", "Rose", "KINSHIP_CARER"),
  member("gran", "Rose", "OTHER"),
  member("tom", "Tom", "SOCIAL_WORKER"),
];

describe("the people an IRO may ask for their views", () => {
  it("are those who may be invited, once each, in the network's order, with every way they are related", () => {
    const people = peopleToAsk(NETWORK, []);
    expect(people.map((person) => [person.firstName, person.relationships])).toEqual([
      ["Helen", ["FOSTER_CARER"]],
      ["Rose", ["KINSHIP_CARER", "OTHER"]],
      ["Tom", ["SOCIAL_WORKER"]],
    ]);
    expect(people.map(personLabel)).toEqual(["Helen (foster carer)", "Rose (kinship carer and someone in their life)", "Tom (social worker)"]);
  });

  it("each show the newest link made for them", () => {
    const [helen, rose, tom] = peopleToAsk(NETWORK, [link("helen", "USED"), link("tom", "OPEN"), link("helen", "REVOKED")]);
    expect(helen?.latest?.state).toBe("USED");
    expect(rose?.latest).toBeNull();
    expect(tom?.latest?.state).toBe("OPEN");
  });

  it("say in words where each link is, with London dates", () => {
    const [helen, rose, tom] = peopleToAsk(NETWORK, [link("helen", "USED"), link("tom", "OPEN")]);
    expect(linkStatus(helen!)).toBe("Helen has sent their views.");
    expect(linkStatus(rose!)).toBe("No link yet.");
    expect(linkStatus(tom!)).toBe("Link made on Monday 2 March 2026. It works until Thursday 12 March 2026.");
    const [expired] = peopleToAsk(NETWORK, [link("helen", "EXPIRED")]);
    expect(linkStatus(expired!)).toBe("The link has run out.");
  });

  it("get a button that says whether it makes a first link or a new one", () => {
    const [helen, rose] = peopleToAsk(NETWORK, [link("helen", "OPEN")]);
    expect(makeLinkLabel(helen!)).toBe("Make a new link for Helen");
    expect(makeLinkLabel(rose!)).toBe("Make a link for Rose");
  });
});
