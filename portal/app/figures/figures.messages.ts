/** The words every figures page shares: the period asked for, its errors and the download. */
export const figuresSharedMessages = {
  "dateRange.legend": "Period",
  "dateRange.from": "First day",
  "dateRange.to": "Last day",
  "dateRange.hint": "For example, 1 4 2026",
  "dateRange.show": "Show figures",
  "dateRange.error.from": "Enter the first day as a real date",
  "dateRange.error.to": "Enter the last day as a real date",
  "dateRange.error.order": "The last day must be the same as or after the first day",
  "dateRange.error.tooLong": "Ask for five years at most",
  "csvDownload.link": "Download these figures (CSV)",
} as const;
