import { t } from "~/messages/messages";
import { FEELING_AREAS, feelingWords, VIEWS_QUESTIONS, type ViewsAnswers } from "./pack-sections";

/**
 * One answer that differs between two versions of a young person's views: `before` null when it was added, `now`
 * null when it was taken out, both when it was changed. Words are compared exactly as written, as the pack shows them.
 */
export type ViewsChange = { key: string; label: string; before: string | null; now: string | null };

/** A skipped answer and an empty one are the same: nothing said. */
const said = (text: string | null | undefined) => (text ? text : null);

/** What changed from one version of the young person's views to the next, answer by answer, in the order asked. */
export function viewsChanges(before: ViewsAnswers, now: ViewsAnswers, firstName: string): ViewsChange[] {
  const answers = VIEWS_QUESTIONS.map((key) => ({
    key,
    label: t(`pack.views.question.${key}`, { firstName }),
    before: said(before[key]),
    now: said(now[key]),
  }));
  const feelings = FEELING_AREAS.map((key) => ({
    key,
    label: t("pack.views.changes.feeling", { firstName, area: t(`pack.views.area.${key}`) }),
    before: feelingWords(before[key]),
    now: feelingWords(now[key]),
  }));
  return [...answers, ...feelings].filter((change) => change.before !== change.now);
}
