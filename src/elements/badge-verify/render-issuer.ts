import { html, nothing } from 'lit';
import type { VerificationReport } from '../../core/types.js';
import { outcomeIcon } from './icons.js';
import { verifyStrings } from '../shared/i18n/verify.js';

/**
 * "Who issued it": the name the issuer claims (self-declared, unproven) shown
 * apart from what the key actually proved (`report.verifiedIssuer`), and, when the page gave a list of
 * trusted issuers, whether that proven identity is on it (never said for an unverified badge).
 */
export function renderIssuer(report: VerificationReport, lang?: string) {
  const t = verifyStrings(lang);
  const issuer = report.badge?.issuer;
  if (!issuer && !report.verifiedIssuer) return nothing;
  const proven = report.authentic && report.verifiedIssuer ? report.verifiedIssuer : undefined;
  const claimedId = issuer?.id && issuer.id !== proven ? issuer.id : undefined;
  return html`
    <section part="issuer" class="issuer" aria-labelledby="issuer-heading">
      <h3 id="issuer-heading" class="section-heading">${t.whoIssuedIt}</h3>
      <dl class="issuer-list">
        ${issuer
          ? html`<div class="row">
              <dt>${t.issuerName} <span class="hint">${t.issuerNameHint}</span></dt>
              <dd part="issuer-claimed" class="issuer-claimed clamp">${issuer.name ? html`<bdi class="credential-text">${issuer.name}</bdi>` : t.noName}</dd>
            </div>`
          : nothing}
        ${claimedId
          ? html`<div class="row">
              <dt>${t.claimedId}</dt>
              <dd class="clamp"><code>${claimedId}</code></dd>
            </div>`
          : nothing}
        <div class="row">
          <dt>${t.verifiedIdentity} <span class="hint">${t.verifiedIdentityHint}</span></dt>
          <dd part="issuer-verified" class="issuer-verified ${proven ? 'proven' : 'unproven'}">
            ${proven
              ? html`<span class="mini-icon ok">${outcomeIcon.pass}</span><code>${proven}</code>`
              : html`<span class="mini-icon no">${outcomeIcon.unknown}</span><span>${t.notProven}</span>`}
          </dd>
        </div>
      </dl>
      ${proven && report.issuerTrusted !== undefined
        ? html`<p part="issuer-trust" class="issuer-trust ${report.issuerTrusted ? 'on-list' : 'off-list'}">
            ${report.issuerTrusted
              ? html`<span class="mini-icon ok">${outcomeIcon.pass}</span><span>${t.issuerOnList}</span>`
              : html`<span class="mini-icon warn">${outcomeIcon.warn}</span><span>${t.issuerNotOnList}</span>`}
          </p>`
        : nothing}
    </section>
  `;
}
