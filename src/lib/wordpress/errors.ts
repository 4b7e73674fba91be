/**
 * A problem that stops the import before anything is written (an unreadable
 * export, a missing content folder, a bad topics map). The message is one line
 * meant for the author; the command prints it without a stack trace.
 */
export class SetupError extends Error {}
