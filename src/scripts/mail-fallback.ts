/**
 * Shows a built message in a MailFallback section and opens the mail program;
 * says so in the MailShortenedNotice when the link holds less than the text.
 * The copy button copies the text, or selects it when the clipboard is refused.
 */
import type { PreparedMail } from '~/lib/mailto';

export function showMessage(root: HTMLElement, mail: PreparedMail): void {
  const section = root.querySelector<HTMLElement>('[data-fallback]')!;
  section.querySelector('[data-message]')!.textContent = mail.text;
  section.querySelector<HTMLAnchorElement>('[data-mailto]')!.href = mail.url;
  section.hidden = false;
  const notice = root.querySelector<HTMLElement>('[data-shortened-notice]')!;
  const template = root.querySelector<HTMLTemplateElement>('[data-shortened-template]')!;
  notice.replaceChildren(...(mail.shortened ? [template.content.cloneNode(true)] : []));
  window.location.href = mail.url;
}

/** Empties the notice, for when the form is cleared. */
export function clearShortenedNotice(root: HTMLElement): void {
  root.querySelector('[data-shortened-notice]')!.replaceChildren();
}

export function wireCopyButton(root: HTMLElement): void {
  const section = root.querySelector<HTMLElement>('[data-fallback]')!;
  const message = section.querySelector<HTMLElement>('[data-message]')!;
  const status = section.querySelector<HTMLElement>('[data-copy-status]')!;
  section.querySelector('[data-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(message.textContent ?? '');
      status.textContent = section.dataset.copied!;
    } catch {
      getSelection()?.selectAllChildren(message);
      status.textContent = section.dataset.copyFailed!;
    }
  });
}
