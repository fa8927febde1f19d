import { Link } from "@remix-run/react";
import { t } from "~/messages/messages";

export function BackLink({ to }: { to: string }) {
  return (
    <Link to={to} className="back-link">
      {t("backLink.label")}
    </Link>
  );
}
