import type { ReactNode } from "react";
import { formatDay } from "~/format/dates";
import type { RecommendationFieldsFragment } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

/**
 * Recommendations as "who will do what, by when", with how far each has got in words: the young person's reader, the
 * IRO's page (with a form after each) and the pack say them alike.
 */
export function RecommendationList({ recommendations, after }: { recommendations: readonly RecommendationFieldsFragment[]; after?: (recommendation: RecommendationFieldsFragment) => ReactNode }) {
  if (recommendations.length === 0) return null;
  return (
    <ol className="recommendations">
      {recommendations.map((recommendation) => (
        <li key={recommendation.id} className="recommendations__item">
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("myRecord.recommendation.who")}</dt>
              <dd className="summary-list__value">{recommendation.responsible}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("myRecord.recommendation.what")}</dt>
              <dd className="summary-list__value">{recommendation.action}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("myRecord.recommendation.when")}</dt>
              <dd className="summary-list__value">{formatDay(recommendation.dueOn)}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("myRecord.recommendation.status")}</dt>
              <dd className="summary-list__value">
                {t(`status.${recommendation.status ?? "null"}`)}
                {recommendation.statusNote ? `: ${recommendation.statusNote}` : ""}
              </dd>
            </div>
          </dl>
          {after?.(recommendation)}
        </li>
      ))}
    </ol>
  );
}
