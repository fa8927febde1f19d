import { formatPlainDate } from "~/format/dates";
import type { ParticipationCode, RecommendationFieldsFragment } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";
import { RecommendationList } from "./recommendation-list";

type Participation = { reviewId: string; scheduledFor: string; code: ParticipationCode };

/** The pack's look back: the last review's recommendations with how far each got, and how the young person took part before. */
export function LastReviews({ recommendations, participation, firstName }: { recommendations: readonly RecommendationFieldsFragment[]; participation: readonly Participation[]; firstName: string }) {
  return (
    <>
      <section className="pack-section" aria-labelledby="last-review-title">
        <h2 id="last-review-title">{t("pack.lastReview.title")}</h2>
        {recommendations.length === 0 ? <p>{t("pack.lastReview.none", { firstName })}</p> : <RecommendationList recommendations={recommendations} />}
      </section>
      <section className="pack-section" aria-labelledby="participation-title">
        <h2 id="participation-title">{t("pack.participation.title", { firstName })}</h2>
        {participation.length === 0 ? (
          <p>{t("pack.participation.none")}</p>
        ) : (
          <dl className="summary-list">
            {participation.map((entry) => (
              <div className="summary-list__row" key={entry.reviewId}>
                <dt className="summary-list__key">{t("pack.participation.review", { date: formatPlainDate(entry.scheduledFor) })}</dt>
                <dd className="summary-list__value">{t(`conduct.participation.${entry.code}`)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}
