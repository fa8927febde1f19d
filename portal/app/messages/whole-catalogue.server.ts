import { en } from "./en";
import { provideMessages } from "./messages";

// The server renders any page, and puts any message into words (errors, emails), so it holds every message.
provideMessages(en);
