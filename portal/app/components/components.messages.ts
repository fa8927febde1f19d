/** The words of the pieces every form uses. */
export const componentsMessages = {
  "page.errorPrefix": "Error:",

  "backLink.label": "Back",
  "errorSummary.title": "There is a problem",
  "dateInput.day": "Day",
  "dateInput.month": "Month",
  "dateInput.year": "Year",
} as const;
