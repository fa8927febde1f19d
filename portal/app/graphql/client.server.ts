import { env } from "~/env.server";
import { createApiClient } from "./api.server";

export const callApi = createApiClient(env.apiUrl);
