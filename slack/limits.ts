/** Slack's limit for one string value (a function input or output), in UTF-8 bytes. */
export const MAX_STRING_VALUE_BYTES = 4000;
