/** Questions asked one a page, in order, after a start page and before a page that checks the answers. */
export type QuestionSeries<Id extends string> = {
  ids: readonly Id[];
  path: (id: Id) => string;
  start: string;
  checkAnswers: string;
};

/** Where a question is in its series: "Question 2 of 7". */
export type Progress = { number: number; total: number };

/** Where Continue goes: back to where a change began, else the next question, or checking the answers after the last. */
export function pathAfter<Id extends string>({ ids, path, checkAnswers }: QuestionSeries<Id>, id: Id, returnTo: string | null = null): string {
  const next = ids[ids.indexOf(id) + 1];
  return returnTo ?? (next ? path(next) : checkAnswers);
}

/** Where Back goes: back to where a change began, else the question before, or the start before the first. */
export function pathBefore<Id extends string>({ ids, path, start }: QuestionSeries<Id>, id: Id, returnTo: string | null = null): string {
  const index = ids.indexOf(id);
  const previous = index > 0 ? ids[index - 1] : undefined;
  return returnTo ?? (previous ? path(previous) : start);
}

export function progressOf<Id extends string>({ ids }: QuestionSeries<Id>, id: Id): Progress {
  return { number: ids.indexOf(id) + 1, total: ids.length };
}
