/** Who the young person's IRO is and how to reach them, and the words a young person meets first, explained. */
export const yourIroMessages = {
  "yourIro.name": "Your IRO is {name}.",
  "yourIro.reach.both": "You can call them on {phone} or email {email}.",
  "yourIro.reach.phone": "You can call them on {phone}.",
  "yourIro.reach.email": "You can email them at {email}.",
  "yourIro.none": "You do not have an IRO right now. Ask your social worker or the person who looks after you.",

  "words.title": "What do these words mean?",
  "words.iro": "IRO",
  "words.iro.meaning": "Independent Reviewing Officer. Your IRO checks that your care plan is right for you and that people listen to you. They lead your review.",
  "words.carePlan": "Care plan",
  "words.carePlan.meaning": "The plan for your life in care: where you live, school, your health and seeing your family.",
  "words.review": "Review",
  "words.review.meaning": "A meeting to check how things are going for you and if your care plan needs to change.",
  "words.chair": "Chair",
  "words.chair.meaning": "The person who leads the meeting. It is usually your IRO. You can ask to do it yourself or with them.",
} as const;
