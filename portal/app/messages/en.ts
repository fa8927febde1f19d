/** Every word the portal shows, in English, keyed by id. Other languages follow the same ids. */
export const en = {
  "service.name": "My Review",
  "service.skipLink": "Skip to main content",
  "service.footer": "My Review is for children and young people in care, their families and carers, and the people who help them.",
  "page.titleSuffix": "My Review",
  "page.errorPrefix": "Error:",

  "signIn.title": "Sign in",
  "signIn.intro": "Sign in to see your next review and say what you think.",
  "signIn.username.label": "Username",
  "signIn.passphrase.label": "Passphrase",
  "signIn.passphrase.hint": "The words you chose to keep your account safe.",
  "signIn.submit": "Sign in",
  "signIn.forgotten": "If you cannot remember your username or passphrase, ask your IRO or social worker. They can help.",
  "signIn.signedOut": "You have signed out.",
  "signIn.error.usernameMissing": "Enter your username",
  "signIn.error.usernameTooLong": "Your username must be 100 characters or fewer",
  "signIn.error.passphraseMissing": "Enter your passphrase",
  "signIn.error.passphraseTooLong": "Your passphrase must be 1000 characters or fewer",
  "signIn.error.wrong": "The username or passphrase is not right. Check them and try again.",

  "errorSummary.title": "There is a problem",

  "home.title": "Your home page",
  "home.greeting": "Hello {firstName}",
  "home.nextReview": "Your next review is on {date} at {time}.",
  "home.nextReview.explain": "Your review is a meeting about your care plan. It is a time for you to say what you think.",
  "home.noReview": "We do not have a date for your next review yet. Your IRO will tell you when it is.",
  "home.iro": "You are signed in as an Independent Reviewing Officer.",

  "signOut.submit": "Sign out",

  "error.title": "Sorry, something went wrong",
  "error.body": "Please try again in a few minutes. What you saved is still safe.",
  "error.notFound.title": "We cannot find that page",
  "error.notFound.body": "Check the web address, or go to your home page.",
  "error.home": "Go to your home page",
} as const;

export type MessageId = keyof typeof en;
