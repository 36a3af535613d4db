import { css } from 'lit';

/** Forms, buttons, the loading state and the drop zone. */
export const controls = css`
  /* forms, buttons */
  label {
    font-weight: 600;
    font-size: 0.92rem;
  }
  .field-row,
  .file-row,
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    align-items: center;
  }
  .recipient-form,
  .paste-form {
    display: grid;
    gap: 0.35rem;
  }
  input,
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-sm);
    padding: 0.45rem 0.6rem;
  }
  input {
    flex: 1;
    min-inline-size: 12rem;
  }
  textarea {
    font-family: var(--_mono);
    font-size: 0.85rem;
    resize: vertical;
  }
  .button {
    font: inherit;
    font-weight: 600;
    font-size: 0.9rem;
    padding: 0.45rem 0.9rem;
    border-radius: var(--_radius-sm);
    border: 1px solid var(--_border);
    background: var(--_bg-2);
    color: var(--_fg);
    cursor: pointer;
  }
  .button:hover {
    border-color: var(--_muted);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
    justify-self: start;
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: default;
  }
  .recipient-result:empty,
  .action-status:empty {
    display: none;
  }
  .recipient-result {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    margin-block-start: 0.5rem;
    font-weight: 600;
  }
  .actions {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .action-status {
    font-size: 0.88rem;
    color: var(--_muted);
  }
  .error {
    color: var(--_danger-fg);
    font-weight: 600;
  }

  /* loading */
  .loading {
    display: flex;
    align-items: center;
    gap: 0.8rem;
    padding: calc(var(--_space) * 1.25);
  }
  .spinner {
    inline-size: 1.4rem;
    block-size: 1.4rem;
    border-radius: 50%;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_accent);
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to { transform: rotate(1turn); }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-color: var(--_accent);
      border-style: dotted;
    }
  }

  /* drop zone */
  .dropzone {
    display: grid;
    gap: 0.75rem;
    padding: calc(var(--_space) * 1.5);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    margin: var(--_space);
  }
  .dropzone.dragging {
    border-color: var(--_accent);
    background: var(--_info-bg);
  }
  .dropzone .explanation {
    color: var(--_muted);
  }
`;
