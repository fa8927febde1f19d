import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import { dateBoxAnchor, dateRangeFrom, type DateRange, type DateRangeForm } from "~/figures/date-range";
import { londonDay } from "~/format/london-time";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { FeedbackFiguresQuery as FiguresQuery, FeedbackSharedCommentsQuery } from "./feedback.operations.server";
import type { Figures, SharedComment } from "./figures";

const DAY = 86_400_000;

/**
 * What the address asks for: the reviews held in a range of days (the last three months without one), an IRO's or
 * all, and which page of the shared comments (`comments`, the cursor of the page before; the newest without one).
 */
export function askedFor(url: URL, now = new Date()) {
  const asked = dateRangeFrom(url.searchParams, { from: londonDay(new Date(now.getTime() - 91 * DAY)), to: londonDay(now) });
  return { ...asked, iro: url.searchParams.get("iro")?.trim() ?? "", commentsAfter: url.searchParams.get("comments") ?? "" };
}

export type FiguresPage = {
  range: DateRange | null;
  form: DateRangeForm;
  iro: string;
  commentsAfter: string;
  figures: Figures | null;
  errors: FormError[];
};

/** The manager's figures for the range: counted by the API in SQL, with only the comments people agreed to share. */
export async function loadFigures({ range, form, iro, commentsAfter, errors }: ReturnType<typeof askedFor>, options: CallOptions): Promise<FiguresPage> {
  if (!range) return { range, form, iro, commentsAfter, figures: null, errors };
  try {
    const { feedbackFigures } = await callApi(FiguresQuery, { input: figuresInput(range, iro), commentsAfter: commentsAfter || null }, options);
    return { range, form, iro, commentsAfter, figures: feedbackFigures, errors: [] };
  } catch (error) {
    return { range, form, iro, commentsAfter, figures: null, errors: refusedInput(error, "dateRange", dateBoxAnchor) };
  }
}

const figuresInput = (range: DateRange, iro: string) => ({ from: range.from, to: range.to, iroPersonId: iro || null });

/** Every shared comment in the range, for the CSV: the figures' first page, then each page after it. */
export async function everySharedComment(
  page: FiguresPage & { range: DateRange; figures: Figures },
  options: CallOptions,
  api: ApiClient = callApi,
): Promise<SharedComment[]> {
  const comments = [...page.figures.sharedComments.items];
  let after = page.figures.sharedComments.nextCursor;
  while (after) {
    const { feedbackFigures } = await api(FeedbackSharedCommentsQuery, { input: figuresInput(page.range, page.iro), after }, options);
    comments.push(...feedbackFigures.sharedComments.items);
    after = feedbackFigures.sharedComments.nextCursor;
  }
  return comments;
}
