/**
 * The one UTF-8 encoder every module uses (a TextEncoder holds no state between calls), so that a
 * function bundle builds one rather than one per module.
 */
export const utf8Encoder = new TextEncoder();
