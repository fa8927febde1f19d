import type { FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { TextArea } from "~/components/text-area";
import { Keepable } from "~/kept/keepable";
import { t } from "~/messages/messages";
import { TEXT_LIMITS } from "~/question-page/text-limits";
import { FeelingFace } from "~/views/feeling-face";
import { COMMENTS, FACE_FOR, INTENT, MAY_QUOTE, RATED, RATINGS, type FeedbackDraft } from "./feedback-form";

type Props = {
  draft: FeedbackDraft;
  errors: readonly FormError[];
  /** The young person's form: their own words for the questions, and faces beside each answer. */
  young: boolean;
  firstName: string;
  submissionKey: string;
};

/**
 * The questions of every feedback form, on one page: four on a scale, three in words, and whether the words may be
 * quoted. All optional; "save" keeps a draft, "send" sends once (the submission key makes a second press harmless).
 */
export function FeedbackQuestions({ draft, errors, young, firstName, submissionKey }: Props) {
  const errorFor = (field: string) => errors.find((error) => error.field === field || error.field === `answers.${field}`)?.message;
  const question = (name: (typeof RATED)[number]) => (young ? t(`feedback.young.question.${name}`) : t(`feedback.question.${name}`, { firstName }));
  return (
    <Keepable>
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <p>{t("feedback.optional")}</p>
      {RATED.map((name) => (
        <OptionGroup
          key={name}
          type="radio"
          name={name}
          legend={question(name)}
          options={RATINGS.map((rating) => ({ value: rating, label: t(`feedback.rating.${rating}`), icon: young ? <FeelingFace feeling={FACE_FOR[rating]} /> : undefined }))}
          checked={draft[name] ? [draft[name]] : []}
        />
      ))}
      {COMMENTS.map((name) => (
        <TextArea
          key={name}
          id={name}
          name={name}
          label={t(`feedback.comment.${name}`)}
          defaultValue={draft[name] ?? ""}
          error={errorFor(name)}
          limit={TEXT_LIMITS.feedback["answers.*"]}
        />
      ))}
      <OptionGroup
        type="radio"
        name={MAY_QUOTE}
        legend={t("feedback.mayQuote.legend")}
        hint={t("feedback.mayQuote.hint")}
        options={[
          { value: "yes", label: t("feedback.mayQuote.yes") },
          { value: "no", label: t("feedback.mayQuote.no") },
        ]}
        checked={draft.mayQuote === null ? [] : [draft.mayQuote ? "yes" : "no"]}
      />
      <div className="button-group">
        <button type="submit" name="intent" value={INTENT.send} className="button">
          {t("feedback.send")}
        </button>
        <button type="submit" name="intent" value={INTENT.save} className="button button--secondary">
          {t("feedback.save")}
        </button>
      </div>
    </Keepable>
  );
}
