import { html, nothing } from 'lit';
import { verifyStrings } from '../shared/i18n/verify.js';

export interface DropzoneHandlers {
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  error?: string;
  dragging: boolean;
  setDragging: (on: boolean) => void;
  /** The element's language. */
  lang?: string;
}

/** Shown when neither `src` nor `credential` is set: drop or choose a baked image, or paste. */
export function renderDropzone(h: DropzoneHandlers) {
  const t = verifyStrings(h.lang);
  const pick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) h.onFile(file);
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const area = (e.target as HTMLFormElement).elements.namedItem('credential-text') as HTMLTextAreaElement;
    h.onPaste(area.value);
  };
  const over = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    if (!h.dragging) h.setDragging(true);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    h.setDragging(false);
    const file = e.dataTransfer?.files?.[0];
    if (file) return h.onFile(file);
    const text = e.dataTransfer?.getData('text/plain');
    if (text) h.onPaste(text);
  };
  const choose = (e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click();
  return html`
    <section
      part="dropzone"
      class="dropzone ${h.dragging ? 'dragging' : ''}"
      aria-labelledby="dropzone-heading"
      @dragover=${over}
      @dragleave=${() => h.setDragging(false)}
      @drop=${drop}
    >
      <h2 id="dropzone-heading" class="headline">${t.verifyABadge}</h2>
      <p class="explanation">${t.dropHint}</p>
      <div class="file-row">
        <button part="button" class="button" type="button" @click=${choose}>${t.chooseFile}</button>
        <input type="file" hidden accept=".png,.svg,.json,.jwt,.jws,.txt,image/png,image/svg+xml,application/json" @change=${pick} />
      </div>
      <form class="paste-form" @submit=${submit}>
        <label for="credential-text">${t.pasteLabel}</label>
        <textarea id="credential-text" name="credential-text" part="textarea" rows="5" spellcheck="false" required></textarea>
        <button part="button" class="button primary" type="submit">${t.verifyButton}</button>
      </form>
      ${h.error ? html`<p class="error" role="alert">${h.error}</p>` : nothing}
    </section>
  `;
}
