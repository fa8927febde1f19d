/** How long to wait, in words. */
export const formatMessages = {
  "wait.minute": "1 minute",
  "wait.minutes": "{count} minutes",
} as const;
