import { html, nothing } from 'lit';
import type { VerificationCheck } from '../../core/types.js';
import { outcomeIcon } from './icons.js';
import { OUTCOME_LABEL } from './verdict-text.js';

/** Names for the well-known check ids; others are derived from the id. */
const CHECK_NAME: Record<string, string> = {
  format: 'Format',
  fetch: 'Hosted copy',
  'hosted-id': 'Same badge',
  issuer: 'Issuer profile',
  origin: 'Hosting address',
  'badge-issuer': 'Same issuer',
  proof: 'Signature',
  algorithm: 'Algorithm',
  'key-binding': 'Key belongs to issuer',
  claims: 'Token claims',
  status: 'Revocation status',
  issued: 'Issue date',
  expiry: 'Expiry date',
  recipient: 'Recipient',
  endorsements: 'Endorsements',
  verify: 'Verification',
};

/** Labels for well-known detail keys (`kid` → "Key id"); others are split from camelCase. */
const DETAIL_LABEL: Record<string, string> = {
  kid: 'Key id',
  keyId: 'Key id',
  alg: 'Algorithm',
  algorithm: 'Algorithm',
  proofType: 'Proof type',
  cryptosuite: 'Cryptosuite',
  verificationMethod: 'Verification method',
  url: 'URL',
  urls: 'Fetched URLs',
  status: 'HTTP status',
  statusListIndex: 'Status list index',
  statusListCredential: 'Status list',
  statusPurpose: 'Status purpose',
  controller: 'Key controller',
  did: 'DID',
  code: 'Code',
};

export function humanize(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

export const checkName = (id: string) => (Object.hasOwn(CHECK_NAME, id) ? CHECK_NAME[id]! : humanize(id));
const detailLabel = (key: string) => (Object.hasOwn(DETAIL_LABEL, key) ? DETAIL_LABEL[key]! : humanize(key));

function renderDetails(check: VerificationCheck) {
  const rows: [string, string][] = [];
  for (const [k, v] of Object.entries(check.details ?? {})) {
    if (v !== undefined && v !== '') rows.push([detailLabel(k), String(v)]);
  }
  if (check.code) rows.unshift(['Code', String(check.code)]);
  if (rows.length === 0) return nothing;
  rows.push(['Check id', check.id]);
  return html`
    <details part="check-details" class="check-details">
      <summary>Technical details<span class="visually-hidden"> for ${checkName(check.id)}</span></summary>
      <dl>${rows.map(([k, v]) => html`<div class="row"><dt>${k}</dt><dd><code>${v}</code></dd></div>`)}</dl>
    </details>
  `;
}

function summary(checks: VerificationCheck[]): string {
  const n = (o: VerificationCheck['outcome']) => checks.filter((c) => c.outcome === o).length;
  const parts: string[] = [];
  for (const [o, word] of [['pass', 'passed'], ['fail', 'failed'], ['warn', 'with warnings'], ['unknown', 'not checkable'], ['skip', 'skipped']] as const) {
    if (n(o)) parts.push(`${n(o)} ${word}`);
  }
  return parts.join(', ');
}

/** The checks, in the report's order, each with its outcome in words and an icon. */
export function renderChecks(checks: VerificationCheck[]) {
  if (checks.length === 0) return nothing;
  return html`
    <section part="checks" class="checks" aria-labelledby="checks-heading">
      <h3 id="checks-heading" class="section-heading">What was checked <span class="count">· ${summary(checks)}</span></h3>
      <ol class="check-list">
        ${checks.map(
          (c) => html`
            <li part="check check-${c.outcome}" class="check outcome-${c.outcome}" data-check=${c.id} data-outcome=${c.outcome}>
              <span class="check-icon">${outcomeIcon[c.outcome] ?? outcomeIcon.unknown}</span>
              <div class="check-body">
                <p class="check-line">
                  <span class="check-name">${checkName(c.id)}</span>
                  <span class="check-outcome">${OUTCOME_LABEL[c.outcome] ?? c.outcome}</span>
                </p>
                <p class="check-message">${c.message}</p>
                ${renderDetails(c)}
              </div>
            </li>
          `,
        )}
      </ol>
    </section>
  `;
}
