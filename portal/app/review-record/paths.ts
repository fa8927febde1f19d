/** Where a held review's pages are, for its IRO. */
export const heldReviewPath = (youngPersonId: string, reviewId: string) =>
  `/young-people/${encodeURIComponent(youngPersonId)}/reviews/${encodeURIComponent(reviewId)}`;

/** Where the young person reads the record of one of their reviews. */
export const myRecordPath = (reviewId: string) => `/my-reviews/${encodeURIComponent(reviewId)}`;
