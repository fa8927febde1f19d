import { createContext, useContext } from "react";

/**
 * This response's CSP nonce, for the inline scripts rendered on the server. In the browser there is none: browsers
 * hide nonce attributes once a page has loaded, hydration adds no inline scripts, and Remix's script elements
 * suppress the hydration warning that a nonce present on the server only would otherwise raise.
 */
const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
