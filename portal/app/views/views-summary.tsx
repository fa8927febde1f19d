import { Link } from "@remix-run/react";
import { SummaryList, type SummaryRow } from "~/components/summary-list";
import { t } from "~/messages/messages";
import { FeelingFace } from "./feeling-face";
import { changeAudiencePath, QUESTION_IDS, QUESTIONS, questionPath, type QuestionId } from "./questions";
import type { ViewsDraft } from "./views-form";
import { words } from "./words";

function ChangeLink({ to, what, id }: { to: string; what: string; id?: string }) {
  return (
    <Link to={to} id={id}>
      {t("checkAnswers.change")}
      <span className="visually-hidden"> {what}</span>
    </Link>
  );
}

const notAnswered = <p>{t("checkAnswers.notAnswered")}</p>;

function Answer({ id, draft, shorter }: { id: QuestionId; draft: ViewsDraft | null; shorter: boolean }) {
  const question = QUESTIONS[id];
  if (question.kind === "text") {
    const text = draft?.[question.name];
    return text ? <p>{text}</p> : notAnswered;
  }
  const feeling = draft?.[question.name];
  if (!feeling) return notAnswered;
  return (
    <p className="summary-feeling">
      <FeelingFace feeling={feeling} />
      {words(`feeling.${feeling}`, shorter)}
    </p>
  );
}

/** Who can see the views and every answer, each with a way to change it, in the words the young person chose. */
export function ViewsSummary({ draft, shorter }: { draft: ViewsDraft | null; shorter: boolean }) {
  const audience = draft?.audience ?? null;
  const audienceTitle = words("audience.title", shorter);
  const rows: SummaryRow[] = [
    {
      key: "audience",
      label: audienceTitle,
      value: audience ? <p>{words(`audience.${audience}`, shorter)}</p> : notAnswered,
      // The error about choosing who can see the views leads here.
      action: <ChangeLink to={changeAudiencePath("check-answers")} what={audienceTitle} id="audience" />,
    },
    ...QUESTION_IDS.map((id) => {
      const title = words(`${id}.title`, shorter);
      return {
        key: id,
        label: title,
        value: <Answer id={id} draft={draft} shorter={shorter} />,
        action: <ChangeLink to={`${questionPath(id)}?return=check-answers`} what={title} />,
      };
    }),
  ];
  return <SummaryList rows={rows} />;
}
