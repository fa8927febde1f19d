import derived from "virtual:page-messages";
import { en } from "./en";
import { pageMessages } from "./page-messages";

/** The messages the page at this address ships for hydration, in English (the one language so far). */
export const messagesForPage = pageMessages(derived, en);
