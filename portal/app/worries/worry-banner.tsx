import { Form, useLocation, useSearchParams } from "@remix-run/react";
import { formatDay, formatPlainDate, formatTime } from "~/format/dates";
import type { OpenWorryFragment } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

/** Said once, on the page the IRO or social worker came back to, after they said they have an alert. */
function AcknowledgedNotice() {
  const [search] = useSearchParams();
  if (!search.has("acknowledged")) return null;
  return (
    <div className="notice" role="status">
      <p>{t("worryBanner.acknowledged")}</p>
    </div>
  );
}

/** At the top of an IRO's or a social worker's pages until one of them says they have it. */
export function WorryBanner({ worries }: { worries: readonly OpenWorryFragment[] }) {
  const { pathname, search } = useLocation();
  return (
    <>
      <AcknowledgedNotice />
      {worries.length > 0 ? (
        <section className="worry-banner" role="region" aria-labelledby="worry-banner-title">
          <h2 id="worry-banner-title">{worries.length === 1 ? t("worryBanner.title.one") : t("worryBanner.title.other", { count: String(worries.length) })}</h2>
          <ul className="worry-banner__list">
            {worries.map((worry) => {
              const name = worry.youngPersonName ?? "";
              return (
                <li key={worry.id}>
                  <p>
                    {t("worryBanner.item", {
                      name,
                      wants: t(`worryBanner.wants.${worry.wants}`),
                      howSoon: t(`worryBanner.howSoon.${worry.howSoon}`, { date: formatDay(worry.contactBy) }),
                      date: formatPlainDate(worry.raisedAt),
                      time: formatTime(worry.raisedAt),
                    })}
                  </p>
                  {worry.about ? <p>{t("worryBanner.about", { about: worry.about })}</p> : null}
                  <Form method="post" action={`/young-people/worries/${encodeURIComponent(worry.id)}/acknowledge`}>
                    <input type="hidden" name="returnTo" value={`${pathname}${search}`} />
                    <button type="submit" className="button">
                      {t("worryBanner.acknowledge", { name })}
                    </button>
                  </Form>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
