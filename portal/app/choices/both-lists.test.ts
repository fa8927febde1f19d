import { bothListsInWords, whoIsOnBothLists } from "./both-lists";
import type { Draft } from "./choice-form";

const helen = { id: "p-helen", firstName: "Helen" };
const mark = { id: "p-mark", firstName: "Mark" };
const grace = { id: "p-grace", firstName: "Grace" };
const draftWith = (invitedPeople: (typeof helen)[], notWantedPeople: (typeof helen)[]) => ({ invitedPeople, notWantedPeople }) as unknown as Draft;

describe("someone on both lists", () => {
  it("is named from the list saved before, whichever page put them on the other", () => {
    expect(whoIsOnBothLists({ notWantedPersonIds: [helen.id, grace.id] }, draftWith([helen, mark], []))).toEqual(["Helen"]);
    expect(whoIsOnBothLists({ invitedPersonIds: [mark.id, grace.id] }, draftWith([], [mark, grace]))).toEqual(["Mark", "Grace"]);
  });

  it("is nobody when the page clears its list, or nobody is on both", () => {
    expect(whoIsOnBothLists({ notWantedPersonIds: null }, draftWith([helen], [helen]))).toEqual([]);
    expect(whoIsOnBothLists({ notWantedPersonIds: [grace.id] }, draftWith([helen], []))).toEqual([]);
  });

  it("is said in words that name who, and how to put it right", () => {
    expect(bothListsInWords(["Helen"])).toBe("Helen is on both lists. Choose one list for Helen.");
    expect(bothListsInWords(["Mark", "Grace"])).toBe("Mark and Grace are on both lists. Choose one list for each of them.");
    expect(bothListsInWords([])).toBeUndefined();
  });
});
