import { t } from "~/messages/messages";

function inWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const minutePart = minutes === 0 ? null : minutes === 1 ? t("timeout.minute") : t("timeout.minutes", { count: String(minutes) });
  const secondPart = rest === 0 && minutes > 0 ? null : rest === 1 ? t("timeout.second") : t("timeout.seconds", { count: String(rest) });
  return [minutePart, secondPart].filter(Boolean).join(" ");
}

/** The time left as the countdown shows it, to the second: "1 minute 5 seconds". */
export function timeLeft(milliseconds: number): string {
  return inWords(Math.max(0, Math.ceil(milliseconds / 1000)));
}

/**
 * The time left as a screen reader is told it: in steps of 30 seconds, then of 10 in the last half minute, so it is
 * announced now and then rather than every second, and never as less than is left.
 */
export function spokenTimeLeft(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const step = seconds > 30 ? 30 : 10;
  return inWords(Math.ceil(seconds / step) * step);
}
