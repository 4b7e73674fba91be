/**
 * Shows a built message in a MailFallback section and opens the mail program.
 * The copy button copies the text, or selects it when the clipboard is refused.
 */
export function showMessage(root: HTMLElement, url: string, text: string): void {
  const section = root.querySelector<HTMLElement>('[data-fallback]')!;
  section.querySelector('[data-message]')!.textContent = text;
  section.querySelector<HTMLAnchorElement>('[data-mailto]')!.href = url;
  section.hidden = false;
  window.location.href = url;
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
