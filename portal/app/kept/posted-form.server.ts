/** The forms actions have read, by request, so that whatever finds the session ended can keep what was typed. */
const posted = new WeakMap<Request, Promise<FormData>>();

/**
 * The form a request posted. Every action reads its form through this, never `request.formData()` (ESLint says so),
 * because a body can be read once: this way the form is still at hand if the session turns out to have ended.
 */
export function postedForm(request: Request): Promise<FormData> {
  let form = posted.get(request);
  if (!form) {
    // A POST with nothing in it may name no type (the server refuses one that sends a body without one): no fields.
    form = request.headers.has("content-type") ? request.formData() : Promise.resolve(new FormData());
    posted.set(request, form);
  }
  return form;
}

/** The form already read from this request, if any. */
export function formAlreadyPosted(request: Request): Promise<FormData> | undefined {
  return posted.get(request);
}
