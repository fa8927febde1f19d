import { t } from "~/messages/messages";

/** "1 minute", "15 minutes": how long to wait, rounded up to whole minutes. */
export function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? t("wait.minute") : t("wait.minutes", { count: String(minutes) });
}
