/** The home page, and each role as it is named to the person who has it. */
export const homeMessages = {
  "home.title": "Your home page",
  "home.greeting": "Hello {firstName}",
  "home.nextReview": "Your next review is on {date} at {time}.",
  "home.nextReview.explain": "Your review is a meeting about your care plan. It is a time for you to say what you think.",
  "home.noReview": "We do not have a date for your next review yet. Your IRO will tell you when it is.",
  "home.signedInAs": "You are signed in as {role}.",
  "role.YOUNG_PERSON": "a young person",
  "role.PARENT": "a parent",
  "role.CARER": "a carer",
  "role.SOCIAL_WORKER": "a social worker",
  "role.SUPERVISING_SOCIAL_WORKER": "a supervising social worker",
  "role.IRO": "an Independent Reviewing Officer",
  "role.IRO_MANAGER": "the IRO service manager",
  "role.ADVOCACY_COORDINATOR": "the advocacy and Independent Visitor coordinator",
  "role.ADMINISTRATOR": "an administrator",
  "home.welcome": "Your account is ready. Welcome to My Review.",
  "home.youngPeopleLink": "Your young people",
  "home.myReviewLink": "Your next review: choose where, when and who",

  "home.otherDevices.title": "Signed in somewhere else?",
  "home.otherDevices.body": "If you used a phone or computer that is not yours, or lost your phone, you can sign out on all of them.",
} as const;
