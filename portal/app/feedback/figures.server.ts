import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { FeedbackFiguresQuery as FiguresQuery } from "./feedback.operations.server";
import type { Figures } from "./figures";

export type FiguresRange = { from: string; to: string; iro: string };

const londonToday = (now: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);

/** The range asked for in the address, or the last three months to today when none is. */
export function rangeFrom(url: URL, now = new Date()): FiguresRange {
  const to = url.searchParams.get("to")?.trim() || londonToday(now);
  const from = url.searchParams.get("from")?.trim() || londonToday(new Date(now.getTime() - 91 * 86_400_000));
  return { from, to, iro: url.searchParams.get("iro")?.trim() ?? "" };
}

export type FiguresPage = { range: FiguresRange; figures: Figures | null; errors: FormError[] };

/** The manager's figures for the range: counted by the API in SQL, with only the comments people agreed to share. */
export async function loadFigures(range: FiguresRange, options: CallOptions): Promise<FiguresPage> {
  try {
    const { feedbackFigures } = await callApi(FiguresQuery, { input: { from: range.from, to: range.to, iroPersonId: range.iro || null } }, options);
    return { range, figures: feedbackFigures, errors: [] };
  } catch (error) {
    return { range, figures: null, errors: refusedInput(error, "figures") };
  }
}


