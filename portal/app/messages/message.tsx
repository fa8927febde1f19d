import { Fragment, type ReactNode } from "react";
import { messageText, type MessageId } from "./messages";

/**
 * A message whose {placeholders} are parts of the page, such as links, rather than words: the sentence stays whole
 * in the messages, so that it can be translated as one.
 */
export function Message({ id, parts }: { id: MessageId; parts: Record<string, ReactNode> }) {
  const pieces = messageText(id).split(/\{(\w+)\}/);
  return (
    <>
      {/* split() with a group puts the names at the odd places. */}
      {pieces.map((piece, index) => (
        <Fragment key={index}>{index % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece}</Fragment>
      ))}
    </>
  );
}
