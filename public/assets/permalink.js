/* global document, navigator */
// Progressive enhancement of the permalink box on article pages: without this script the URL is shown in a
// read-only field to select and copy by hand; with it, a button copies the URL and says so.
for (const box of document.querySelectorAll('.permalink')) {
  const field = box.querySelector('input');
  const button = box.querySelector('button');
  const status = box.querySelector('[role="status"]');
  if (!field || !button || !status) continue;
  button.hidden = false;
  field.addEventListener('focus', () => field.select());
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = button.dataset.copied ?? '';
    } catch {
      // No clipboard access (e.g. an insecure origin): select the URL so the reader can copy it.
      field.focus();
      status.textContent = button.dataset.failed ?? '';
    }
  });
}
