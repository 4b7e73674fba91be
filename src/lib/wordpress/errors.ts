import { UserError } from '~/lib/cli';

/**
 * A problem that stops the import before anything is written (an unreadable
 * export, a missing content folder, a bad topics map). The message is one line
 * meant for the author; like every UserError, the command prints it without a
 * stack trace and exits 1.
 */
export class SetupError extends UserError {
  override name = 'SetupError';
}
