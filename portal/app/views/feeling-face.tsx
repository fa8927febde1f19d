import type { Feeling } from "~/graphql/generated/graphql";

/** Each face's mouth, from a deep frown to a wide smile, on a 24-unit face. */
const MOUTHS: Readonly<Record<Feeling, string>> = {
  VERY_UNHAPPY: "M7.5 17.5 Q12 11.5 16.5 17.5",
  UNHAPPY: "M8 16.5 Q12 13.5 16 16.5",
  OK: "M8 15.5 H16",
  HAPPY: "M8 14.5 Q12 17.5 16 14.5",
  VERY_HAPPY: "M7.5 13.5 H16.5 Q16 19 12 19 Q8 19 7.5 13.5 Z",
};

/**
 * A face for one point on the feelings scale, drawn here rather than fetched, so it looks the same on every device.
 * It is only a picture: screen readers skip it and read the words beside it.
 */
export function FeelingFace({ feeling }: { feeling: Feeling }) {
  return (
    <svg className="face" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
      <circle className="face__head" cx="12" cy="12" r="10.75" />
      <circle className="face__eye" cx="8.5" cy="9.5" r="1.35" />
      <circle className="face__eye" cx="15.5" cy="9.5" r="1.35" />
      <path className={feeling === "VERY_HAPPY" ? "face__mouth face__mouth--open" : "face__mouth"} d={MOUTHS[feeling]} />
    </svg>
  );
}
