/** Usernames are matched without regard to case or surrounding spaces: "Sam " and "sam" are one person. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}
