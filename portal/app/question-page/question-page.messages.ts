/** The words every question page has, whichever feature asks the question. */
export const questionPageMessages = {
  "questionPage.progress": "Question {number} of {total}",
  "questionPage.skip": "You do not have to answer. Press Continue to skip.",
  "questionPage.continue": "Continue",
  "questionPage.later": "Save and come back later",
} as const;
