import { arrangeMessages } from "~/arrange/arrange.messages";
import { choicesMessages } from "~/choices/choices.messages";
import { componentsMessages } from "~/components/components.messages";
import { contributionsMessages } from "~/contributions/contributions.messages";
import { errorsMessages } from "~/errors/errors.messages";
import { formatMessages } from "~/format/format.messages";
import { homeMessages } from "~/home/home.messages";
import { keptMessages } from "~/kept/kept.messages";
import { packMessages } from "~/pack/pack.messages";
import { questionPageMessages } from "~/question-page/question-page.messages";
import { sessionMessages } from "~/session/session.messages";
import { viewsMessages } from "~/views/views.messages";
import { youngPeopleMessages } from "~/young-people/young-people.messages";
import { yourIroMessages } from "~/your-iro/your-iro.messages";
import { siteMessages } from "./site.messages";
import { supportRequestsMessages } from "~/support-requests/support-requests.messages";
import { worriesMessages } from "~/worries/worries.messages";
import { feedbackMessages } from "~/feedback/feedback.messages";
import { reviewRecordMessages } from "~/review-record/review-record.messages";
import { figuresSharedMessages } from "~/figures/figures.messages";

/**
 * Every word the portal shows, in English, keyed by id: each feature keeps its own in `<feature>.messages.ts`, and
 * they meet here. Other languages follow the same ids.
 */
export const en = {
  ...siteMessages,
  ...componentsMessages,
  ...errorsMessages,
  ...questionPageMessages,
  ...formatMessages,
  ...sessionMessages,
  ...homeMessages,
  ...youngPeopleMessages,
  ...choicesMessages,
  ...viewsMessages,
  ...contributionsMessages,
  ...packMessages,
  ...arrangeMessages,
  ...keptMessages,
  ...yourIroMessages,
  ...supportRequestsMessages,
  ...worriesMessages,
  ...feedbackMessages,
  ...reviewRecordMessages,
  ...figuresSharedMessages,
} as const;
