/** The fields of the "I've read everything new" form: which review, and when the pack the IRO read was put together. */
export const MARK_READ_FIELDS = { reviewId: "reviewId", upTo: "upTo" } as const;
