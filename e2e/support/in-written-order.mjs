// @ts-check
import Sequencer from "@jest/test-sequencer";

/**
 * The browser tests share one app and its demo people, and some leave Sam's record changed (his choices sent, his
 * review arranged) for the files after them: they run in this order, always. Jest's own order puts the files that
 * failed last time first, so one failure would reorder the run and fail others. A file not named here runs last.
 */
const ORDER = [
  "before-the-review",
  "hostile-requests",
  "someone-on-my-side",
  "review-choices",
  "arrange-review",
  "review-record",
  "session-ends",
  "feedback",
  "question-pages",
  "words-that-match",
  "caseload",
  "security-headers",
  "session-timeout",
  "sign-in",
  "invitations",
  "passphrase-and-targets",
  "pages-for-whom",
];

const placeOf = (/** @type {string} */ path) => {
  const place = ORDER.findIndex((name) => path.endsWith(`/${name}.e2e.test.ts`));
  return place === -1 ? ORDER.length : place;
};

export default class InWrittenOrder extends Sequencer {
  /** @param {import("@jest/test-result").Test[]} tests */
  sort(tests) {
    return [...tests].sort((a, b) => placeOf(a.path) - placeOf(b.path) || a.path.localeCompare(b.path));
  }
}
