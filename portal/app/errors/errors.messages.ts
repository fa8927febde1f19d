/**
 * The general words for each of the API's field error codes, for a field with no words of its own for that code
 * (see refused-input.server.ts). Some codes are only ever about a young person's username or passphrase. Then the
 * pages for a request the portal refuses before any page reads it (security/refused-requests.server.ts).
 */
export const errorsMessages = {
  "fieldError.REQUIRED": "Answer this question",
  "fieldError.TOO_LONG": "This is too long. Make it shorter",
  "fieldError.TOO_SHORT": "This is too short",
  "fieldError.OUT_OF_RANGE": "This number is more or less than we can take",
  "fieldError.INVALID_FORMAT": "This is not in the form we expected. Check it and try again",
  "fieldError.NOT_ON_THE_LIST": "Choose from the list",
  "fieldError.CONFLICTING": "This does not fit with another answer. Check them both",
  "fieldError.NOTHING_ANSWERED": "Answer at least one question before you send",
  "fieldError.NOT_ASKED_OF_YOU": "That question is not asked of you, so its answer cannot be kept",
  "fieldError.NOT_SENT_YET": "This has not been sent yet",
  "fieldError.NOT_COMING_UP": "The review has started, been held or been cancelled, so this cannot change now",
  "fieldError.NOT_STARTED_YET": "The review has not started yet",
  "fieldError.NOT_HELD": "The review has not been recorded as held yet",
  "fieldError.IN_THE_PAST": "Choose a time that has not passed yet",
  "fieldError.UNCHANGED": "That is how it is already. Change it, or leave it as it is",
  "fieldError.ALREADY_PLANNED": "A review is planned already. Move or cancel that one first",
  "fieldError.NOT_ELIGIBLE": "This person cannot take this part",
  "fieldError.ALREADY_HAS_ACCOUNT": "They already have an account",
  "fieldError.USERNAME_TAKEN": "That username is taken. Try another one.",
  "fieldError.NOT_ALLOWED_CHARACTER": "Your username can only use the letters a to z, numbers, dots, dashes and underscores.",
  "fieldError.STARTS_WITH_SYMBOL": "Your username needs to start with a letter or a number.",
  "fieldError.LOOKS_LIKE_EMAIL": "That looks like an email address. Please keep your email out of your username, so it stays private.",
  "fieldError.LOOKS_LIKE_PHONE_NUMBER": "That has a long number in it, like a phone number. Please keep phone numbers out of your username.",
  "fieldError.CONTAINS_NAME": "Your passphrase is too much like your name, so it is easy to guess. Try three words you will remember, like “purple otter jumps”.",
  "fieldError.TOO_COMMON": "Lots of people use that passphrase, so it is easy to guess. Try three words you will remember, like “purple otter jumps”.",
  "fieldError.TOO_PREDICTABLE": "Your passphrase has a pattern, like “aaaa” or “1234”, that is easy to guess. Try three words you will remember, like “purple otter jumps”.",

  "refused.400.title": "We could not read what was sent",
  "refused.400.body": "It was not sent by one of our pages. Go back to the page, check what you typed and send it again.",
  "refused.403.title": "This came from another website",
  "refused.403.body": "To keep you safe, we only take forms from My Review’s own pages. Nothing has changed. Go to My Review and try again there.",
  "refused.405.title": "This page cannot do that",
  "refused.405.body": "Open the page from My Review and use its own buttons.",
  "refused.413.title": "That is too much to send at once",
  "refused.413.body": "We can take up to 1 MB at a time. Nothing was saved. Go back, make it shorter and send it again.",
  "refused.415.title": "This was not sent as a form",
  "refused.415.body": "We only take what our own pages send. Go back to the page and send it from there.",
} as const;
