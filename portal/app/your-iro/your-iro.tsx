import { t } from "~/messages/messages";
import { ContactLine, type Contact } from "./contact-line";

const YOUNG_PERSON_WORDS = { both: "yourIro.reach.both", phone: "yourIro.reach.phone", email: "yourIro.reach.email" } as const;

/** The young person's IRO by name, and how to call or write to them. */
export function YourIro({ contact }: { contact: Contact | null }) {
  if (!contact) return <p>{t("yourIro.none")}</p>;
  return (
    <>
      <p>{t("yourIro.name", { name: contact.name })}</p>
      <ContactLine contact={contact} words={YOUNG_PERSON_WORDS} />
    </>
  );
}

const WORDS = [
  ["words.iro", "words.iro.meaning"],
  ["words.review", "words.review.meaning"],
  ["words.carePlan", "words.carePlan.meaning"],
  ["words.chair", "words.chair.meaning"],
] as const;

/** The words a young person meets on their first pages, explained in a box they open if they want to. */
export function WordsExplained() {
  return (
    <details className="details">
      <summary>{t("words.title")}</summary>
      <dl className="details__words">
        {WORDS.map(([word, meaning]) => (
          <div key={word}>
            <dt>{t(word)}</dt>
            <dd>{t(meaning)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
