import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import { dateBoxAnchor, dateRangeFrom, type DateRange, type DateRangeForm } from "~/figures/date-range";
import { londonDay } from "~/format/london-time";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { FeedbackFiguresQuery as FiguresQuery } from "./feedback.operations.server";
import type { Figures } from "./figures";

const DAY = 86_400_000;

/** What the address asks for: the reviews held in a range of days (the last three months without one), and an IRO's or all. */
export function askedFor(url: URL, now = new Date()) {
  const asked = dateRangeFrom(url.searchParams, { from: londonDay(new Date(now.getTime() - 91 * DAY)), to: londonDay(now) });
  return { ...asked, iro: url.searchParams.get("iro")?.trim() ?? "" };
}

export type FiguresPage = { range: DateRange | null; form: DateRangeForm; iro: string; figures: Figures | null; errors: FormError[] };

/** The manager's figures for the range: counted by the API in SQL, with only the comments people agreed to share. */
export async function loadFigures({ range, form, iro, errors }: ReturnType<typeof askedFor>, options: CallOptions): Promise<FiguresPage> {
  if (!range) return { range, form, iro, figures: null, errors };
  try {
    const { feedbackFigures } = await callApi(FiguresQuery, { input: { from: range.from, to: range.to, iroPersonId: iro || null } }, options);
    return { range, form, iro, figures: feedbackFigures, errors: [] };
  } catch (error) {
    return { range, form, iro, figures: null, errors: refusedInput(error, "dateRange", dateBoxAnchor) };
  }
}
