import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { formatPlainDate } from "~/format/dates";
import { t } from "~/messages/messages";
import { myRecordPath } from "~/review-record/paths";
import { loadMyReviews } from "~/review-record/review-record.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("myReviews.title")) }];

export function loader({ request }: LoaderFunctionArgs) {
  return loadMyReviews(request, new URL(request.url).searchParams.get("after"));
}

export default function MyReviews() {
  const { items, nextCursor } = useLoaderData<typeof loader>();
  return (
    <div className="reader">
      <h1>{t("myReviews.title")}</h1>
      <p>{t("myReviews.intro")}</p>
      {items.length === 0 ? <p>{t("myReviews.none")}</p> : null}
      <ul className="list reader__list">
        {items.map((review) => (
          <li key={review.id}>
            <Link to={myRecordPath(review.id)}>{t("myReviews.item", { date: formatPlainDate(review.scheduledFor) })}</Link>
            {(review.record.latest?.number ?? 1) > 1 ? <span className="tag tag--new">{t("myReviews.changed")}</span> : null}
          </li>
        ))}
      </ul>
      {nextCursor ? (
        <p>
          <Link to={`?after=${encodeURIComponent(nextCursor)}`}>{t("myReviews.next")}</Link>
        </p>
      ) : null}
    </div>
  );
}
