import { createContext, useContext, useMemo, type ReactNode } from "react";
import { t } from "~/messages/messages";
import { OWNER_FIELD, SCOPE_FIELD, type RestoredForm } from "./kept-form";

type Kept = { ownerMark: string | null; restored: RestoredForm | null };

const KeptContext = createContext<Kept>({ ownerMark: null, restored: null });
const RestoredFields = createContext<ReadonlyMap<string, readonly string[]> | null>(null);

/** The layout gives every page the owner mark and any form restored on it (the root loader reads them). */
export const KeptProvider = KeptContext.Provider;

/**
 * Wraps a form's fields so that what is typed there is kept if the session or link ends before it is sent: it adds
 * the owner mark (and, on a page of several forms, which form it is), and gives the fields inside what was kept, when
 * this is the form it was typed in. The shared field components read it; pages need do nothing else.
 */
export function Keepable({ scope = "", children }: { scope?: string; children: ReactNode }) {
  const { ownerMark, restored } = useContext(KeptContext);
  const fields = restored?.fields && restored.scope === scope ? restored.fields : null;
  const byName = useMemo(() => {
    if (!fields) return null;
    const map = new Map<string, string[]>();
    for (const [name, value] of fields) map.set(name, [...(map.get(name) ?? []), value]);
    return map;
  }, [fields]);
  return (
    <>
      {ownerMark ? <input type="hidden" name={OWNER_FIELD} value={ownerMark} /> : null}
      {scope ? <input type="hidden" name={SCOPE_FIELD} value={scope} /> : null}
      <RestoredFields.Provider value={byName}>{children}</RestoredFields.Provider>
    </>
  );
}

/**
 * What was typed in this field, when its form is being restored: each value sent under its name (none for a box left
 * unticked), or undefined when the form is not being restored and the field shows what the page gives it.
 */
export function useRestored(name: string): readonly string[] | undefined {
  const fields = useContext(RestoredFields);
  return fields ? (fields.get(name) ?? []) : undefined;
}

/** One sentence at the top of the page: why the person is asked to sign in or open their link, or that their typing is back. */
export function KeptNotice({ waiting, restored }: { waiting: { kind: RestoredForm["kind"]; lost: boolean } | null; restored: RestoredForm | null }) {
  const message = waiting
    ? t(waiting.lost ? `kept.waiting.${waiting.kind}.lost` : `kept.waiting.${waiting.kind}`)
    : restored
      ? t(restored.fields === null ? `kept.restored.${restored.kind}.lost` : `kept.restored.${restored.kind}`)
      : null;
  if (!message) return null;
  return (
    <div className="notice" role="status">
      <p>{message}</p>
    </div>
  );
}
