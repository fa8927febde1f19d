/** Where the tests' databases live, as the global setup hands it to the test files through the environment. */
export const TEST_ADMIN_URL_VARIABLE = "MY_REVIEW_TEST_ADMIN_URL";
export const TEST_TEMPLATE_VARIABLE = "MY_REVIEW_TEST_TEMPLATE";
