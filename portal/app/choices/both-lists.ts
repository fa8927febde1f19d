import { listInWords } from "~/format/lists";
import { t } from "~/messages/messages";
import type { Answers, Draft } from "./choice-form";

type Named = { id: string; firstName: string };

/** The ids on a list once a page is saved: what the page sent, else what was saved before. */
function idsOnList(sent: readonly (string | number)[] | null | undefined, saved: readonly Named[] | null | undefined): string[] {
  return sent === undefined ? (saved ?? []).map((person) => person.id) : (sent ?? []).map(String);
}

/**
 * Who would be both wanted at the review and not wanted there once this page's answers are saved, by first name. A
 * page sends one of the two lists, so everyone it puts on both was already on the other list of the saved draft,
 * which names them.
 */
export function whoIsOnBothLists(answers: Answers, draft: Draft | null): string[] {
  const notWanted = new Set(idsOnList(answers.notWantedPersonIds, draft?.notWantedPeople));
  const named = [...(draft?.invitedPeople ?? []), ...(draft?.notWantedPeople ?? [])];
  const onBoth = new Set(idsOnList(answers.invitedPersonIds, draft?.invitedPeople).filter((id) => notWanted.has(id)));
  return [...onBoth].flatMap((id) => named.find((person) => person.id === id)?.firstName ?? []);
}

/** "Helen is on both lists. Choose one list for Helen.", or nothing when nobody can be named. */
export function bothListsInWords(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const who = listInWords([...names]);
  return t(names.length === 1 ? "choices.error.bothListsOne" : "choices.error.bothListsMany", { who });
}
