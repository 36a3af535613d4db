import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/badge-verify.js';
import type { BadgeVerifyDialog } from '../src/badge-verify.js';
import { createBadgeClient } from '../src/core/client.js';
import type { VerificationCode, VerificationReport } from '../src/core/types.js';
import { FAILURE_STATE } from '../demo/issuer/types.js';
import { codeReport, reports } from '../test/elements/badge-verify.fixtures.js';

/**
 * Stories cannot reach the sample issuer, so each verdict renders a fixed report through the
 * `report` property (the real-engine runs are in test/elements/badge-verify.test.ts).
 */
type Args = { report?: VerificationReport; theme: import('../src/elements/shared/tokens.js').BadgeTheme };

const meta: Meta<Args> = {
  title: 'Elements/badge-verify',
  component: 'badge-verify',
  args: { report: reports.valid, theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto', 'high-contrast', 'high-contrast-dark'] }, report: { control: 'object' } },
  render: (a) => html`<badge-verify .report=${a.report} theme=${a.theme}></badge-verify>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Verified: Story = {};
export const Expired: Story = { args: { report: reports.expired } };
export const NotYetValid: Story = { name: 'Not yet valid', args: { report: reports['not-yet-valid'] } };
export const Revoked: Story = { args: { report: reports.revoked } };
export const Suspended: Story = { args: { report: reports.suspended } };
export const StatusUnknown: Story = { name: 'Status could not be checked', args: { report: reports['status-unknown'] } };
export const InvalidSignature: Story = { name: 'Not verified: signature', args: { report: reports['invalid-signature'] } };
export const KeyNotBound: Story = { name: 'Not verified: key not bound ("Harvard" on an unknown host)', args: { report: reports['key-not-bound'] } };
export const Timeout: Story = { name: 'Could not check: timeout', args: { report: reports['fetch-timeout'] } };
export const Cors: Story = { name: 'Could not check: CORS', args: { report: reports.cors } };
export const Dark: Story = { args: { report: reports.revoked, theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** Every failure code of the contract, one verdict each. */
export const EveryCode: Story = {
  name: 'Every failure code',
  render: (a) => html`<div style="display:grid;gap:1rem">
    ${(Object.keys(FAILURE_STATE) as VerificationCode[]).map(
      (code) => html`<badge-verify .report=${codeReport(code, FAILURE_STATE[code])} theme=${a.theme}></badge-verify>`,
    )}
  </div>`,
};

/** The loading state (a fetch that never answers; Cancel ends it). */
export const Loading: Story = {
  render: (a) => html`<badge-verify
    .client=${createBadgeClient({ fetch: () => new Promise<Response>(() => {}) })}
    src="https://issuer.example/assertions/1"
    theme=${a.theme}
  ></badge-verify>`,
};

/** No source: the drop / paste zone. */
export const DropZone: Story = { name: 'Drop zone', render: (a) => html`<badge-verify theme=${a.theme}></badge-verify>` };

/** The dialog, opened from a button (keyboard: Enter opens, Escape closes, focus returns). */
export const Dialog: Story = {
  render: (a) => html`
    <button
      @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as BadgeVerifyDialog).show(e.currentTarget as HTMLElement)}
    >
      Verify this badge
    </button>
    <badge-verify-dialog .report=${a.report} theme=${a.theme}></badge-verify-dialog>
  `,
};
