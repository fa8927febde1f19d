// Modules that read the portal's settings at import need valid ones; tests that check settings pass their own.
process.env.SESSION_SECRET ??= "a test secret that is long enough to be accepted";
process.env.API_URL ??= "http://127.0.0.1:9/graphql";
