import { Fragment } from "react";

/** A UK number as people write it (0800 1111, 020 7946 0958), or 999; never part of a longer number. */
const PHONE_NUMBER = /(?<!\d)(?:0\d{2,4}(?: ?\d{3,4}){1,2}|999)(?![\d])/g;

/** The number as a telephone link wants it: digits only. */
export const telHref = (number: string) => `tel:${number.replace(/\D/g, "")}`;

/** A phone number someone can tap to call. */
export function PhoneLink({ number }: { number: string }) {
  return <a href={telHref(number)}>{number}</a>;
}

/** Words as they are, with every phone number in them a link to call it. */
export function WithPhoneLinks({ text }: { text: string }) {
  const parts: (string | { number: string })[] = [];
  let from = 0;
  for (const match of text.matchAll(PHONE_NUMBER)) {
    parts.push(text.slice(from, match.index), { number: match[0] });
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{typeof part === "string" ? part : <PhoneLink number={part.number} />}</Fragment>
      ))}
    </>
  );
}
