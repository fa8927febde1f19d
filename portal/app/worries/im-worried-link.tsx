import { t } from "~/messages/messages";

/** On every young person's page, before anything else a keyboard reaches: the way to say they are worried. */
export function ImWorriedLink() {
  return (
    <a href="/im-worried" className="worried-link">
      {t("worried.link")}
    </a>
  );
}
