/** The three things the IRO records about how a young person communicates, in the order the form asks them. */
export const NEEDS_FIELDS = ["interpreterLanguage", "alternativeCommunication", "otherNeeds"] as const;
export type NeedsValues = Record<(typeof NEEDS_FIELDS)[number], string>;
