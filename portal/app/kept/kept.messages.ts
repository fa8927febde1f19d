/** What someone is told when their session or link ended while they were typing, and what was typed is kept. */
export const keptMessages = {
  "kept.waiting.account": "You were signed out, so we kept what you typed. Sign in to carry on.",
  "kept.waiting.account.lost": "You were signed out. What you typed was too long for us to keep, so sign in and type it again.",
  "kept.waiting.link": "This device lost your link, so we kept what you typed. Open your link again to carry on.",
  "kept.waiting.link.lost": "This device lost your link. What you typed was too long for us to keep, so open your link again and type it again.",
  "kept.restored.account": "We kept what you typed before you were signed out. Check it, then carry on.",
  "kept.restored.account.lost": "What you typed before you were signed out was too long for us to keep. Please type it again.",
  "kept.restored.link": "We kept what you typed before this device lost your link. Check it, then carry on.",
  "kept.restored.link.lost": "What you typed before this device lost your link was too long for us to keep. Please type it again.",
  "kept.autosave.signedOut": "You have been signed out. What you typed is still here: press Continue to sign in again and carry on.",
} as const;
