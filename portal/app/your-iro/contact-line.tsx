import { PhoneLink } from "~/components/phone-links";
import { Message } from "~/messages/message";
import type { MessageId } from "~/messages/messages";

export type Contact = { name: string; phone?: string | null; email?: string | null };

/** The words for each way a contact can be reached: by phone and email, by phone alone, by email alone. */
export type ReachWords = { both: MessageId; phone: MessageId; email: MessageId };

/** How to reach someone, with a link to call them and a link to write to them; nothing when neither is known. */
export function ContactLine({ contact, words }: { contact: Contact; words: ReachWords }) {
  const phone = contact.phone ? <PhoneLink number={contact.phone} /> : null;
  const email = contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null;
  const id = phone && email ? words.both : phone ? words.phone : email ? words.email : null;
  return id ? (
    <p className="contact-line">
      <Message id={id} parts={{ phone, email }} />
    </p>
  ) : null;
}
