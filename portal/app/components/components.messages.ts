/** The words of the pieces every form uses. */
export const componentsMessages = {
  "page.errorPrefix": "Error:",

  "backLink.label": "Back",
  "errorSummary.title": "There is a problem",
  "dateInput.day": "Day",
  "dateInput.month": "Month",
  "dateInput.year": "Year",
  "characterCount.limit": "You can enter up to {limit} characters",
  "characterCount.left": "You have {count} characters left",
  "characterCount.leftOne": "You have 1 character left",
  "characterCount.over": "You have {count} characters too many",
  "characterCount.overOne": "You have 1 character too many",
} as const;
