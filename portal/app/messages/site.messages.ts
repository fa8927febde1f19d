/** The service's own words: its name, the page shell and the error pages. */
export const siteMessages = {
  "service.name": "My Review",
  "service.skipLink": "Skip to main content",
  "service.footer": "My Review is for children and young people in care, their families and carers, and the people who help them.",
  "page.titleSuffix": "My Review",

  "error.title": "Sorry, something went wrong",
  "error.body": "Please try again in a few minutes. What you saved is still safe.",
  "error.notFound.title": "We cannot find that page",
  "error.notFound.body": "Check the web address, or go to your home page.",
  "error.unavailable.title": "Sorry, we cannot reach your records just now",
  "error.unavailable.body": "This usually sorts itself out quickly. Please try again in a moment. What you saved is still safe.",
  "error.home": "Go to your home page",
} as const;
