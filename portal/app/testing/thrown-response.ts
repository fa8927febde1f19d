/** The response a loader or action throws (a redirect, a 404), for tests; anything else thrown fails the test. */
export async function thrownResponse(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (response) {
    if (response instanceof Response) return response;
    throw response;
  }
  throw new Error("Expected a response to be thrown.");
}
