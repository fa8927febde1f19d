import { Link } from "@remix-run/react";
import { SummaryList } from "~/components/summary-list";
import type { ChoiceTopic } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";
import type { Draft } from "./choice-form";
import { QUESTION_IDS, QUESTIONS, type QuestionId } from "./questions";

export type IroAnswer = { topic: ChoiceTopic; accepted: boolean; reason?: string | null };

const names = (people: readonly { firstName: string }[] | null | undefined) => (people ?? []).map((person) => person.firstName).join(", ");

/** The young person's answer to one question page, as lines to show them. */
function answerLines(id: QuestionId, draft: Draft | null): string[] {
  if (!draft) return [];
  switch (id) {
    case "where":
      return [draft.place ? t(`choices.place.${draft.place}`) : "", draft.placeDetails ?? ""];
    case "how":
      return [
        draft.meetingShape ? t(`choices.meetingShape.${draft.meetingShape}`) : "",
        draft.attendance ? t(`choices.attendance.${draft.attendance}`) : "",
      ];
    case "when":
      return [
        (draft.preferredTimes ?? []).map((time) => t(`choices.preferredTimes.${time}`)).join(", "),
        draft.timesThatDoNotWork ? t("choices.timesThatDoNotWork.summary", { text: draft.timesThatDoNotWork }) : "",
      ];
    case "who":
      return [names(draft.invitedPeople), draft.othersInvited ?? ""];
    case "not-who":
      return [names(draft.notWantedPeople), draft.notWantedOthers ?? ""];
    case "meet-iro-first":
      return [draft.meetIroFirst === null || draft.meetIroFirst === undefined ? "" : t(draft.meetIroFirst ? "choices.meetIroFirst.yes" : "choices.meetIroFirst.no")];
    case "chairing":
      return [draft.chairing ? t(`choices.chairing.${draft.chairing}`) : ""];
  }
}

function IroSays({ answer, iroName }: { answer: IroAnswer; iroName: string }) {
  return (
    <p className="iro-answer">
      {answer.accepted && !answer.reason
        ? t("myReview.answer.accepted", { name: iroName })
        : t("myReview.answer.reason", { name: iroName, reason: answer.reason ?? "" })}
    </p>
  );
}

type ChoicesSummaryProps = {
  draft: Draft | null;
  /** Offer a Change link for each answer. */
  changeable: boolean;
  answers?: readonly IroAnswer[];
  iroName?: string;
};

/** Every question with the young person's answer, their IRO's answer beside it when there is one. */
export function ChoicesSummary({ draft, changeable, answers = [], iroName = t("myReview.yourIro") }: ChoicesSummaryProps) {
  const rows = QUESTION_IDS.map((id) => {
    const lines = answerLines(id, draft).filter((line) => line !== "");
    const answer = answers.find((each) => each.topic === QUESTIONS[id].topic);
    return {
      key: id,
      label: t(`choices.${id}.short`),
      value: (
        <>
          {lines.length > 0 ? lines.map((line) => <p key={line}>{line}</p>) : <p>{t("checkAnswers.notAnswered")}</p>}
          {QUESTIONS[id].isPrivate ? <p className="hint">{t("choices.private")}</p> : null}
          {answer ? <IroSays answer={answer} iroName={iroName} /> : null}
        </>
      ),
      action: changeable ? (
        <Link to={`/my-review/${id}?return=check`}>
          {t("checkAnswers.change")}
          <span className="visually-hidden"> {t(`choices.${id}.short`)}</span>
        </Link>
      ) : undefined,
    };
  });
  return <SummaryList rows={rows} />;
}
