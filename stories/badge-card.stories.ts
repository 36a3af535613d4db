import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createBadgeClient, type BadgeClient } from '../src/core/client.js';
import type { VerificationReport } from '../src/core/types.js';
import { reports } from '../test/elements/badge-verify.fixtures.js';
import { defineBadgeCard } from '../src/badge-card.js';
import * as fx from './fixtures.js';

// Called explicitly: package.json `sideEffects` lets bundlers drop a bare `import '…/badge-card.js'`.
defineBadgeCard();

type Args = {
  credential?: string | object;
  src?: string;
  size: 'small' | 'medium' | 'large';
  layout: 'compact' | 'full';
  theme: import('../src/elements/shared/tokens.js').BadgeTheme;
  now?: string;
};

/** A fetch that never answers (the loading state stays on screen). */
const neverClient = createBadgeClient({ fetch: () => new Promise<Response>(() => {}) });
/** A fetch that answers 404 for everything (the error state). */
const notFoundClient = createBadgeClient({
  fetch: async () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }),
});

const meta: Meta<Args> = {
  title: 'Elements/badge-card',
  component: 'badge-card',
  args: { credential: fx.ob2Hosted, size: 'medium', layout: 'full', theme: 'light' },
  argTypes: {
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto', 'high-contrast', 'high-contrast-dark'] },
    credential: { control: 'object' },
  },
  render: (a) => html`<badge-card
    .credential=${a.credential}
    src=${ifDefined(a.src)}
    size=${a.size}
    layout=${a.layout}
    theme=${a.theme}
    now=${ifDefined(a.now)}
  ></badge-card>`,
  parameters: { layout: 'centered' },
};
export default meta;

type Story = StoryObj<Args>;

export const Ob2Hosted: Story = { name: 'OB 2.0 hosted' };
export const Ob2Signed: Story = { name: 'OB 2.0 signed (JWS)', args: { credential: fx.ob2Signed } };
export const Ob3Json: Story = { name: 'OB 3.0 JSON (VCDM 2.0)', args: { credential: fx.ob3Json } };
export const Ob3JsonV11: Story = { name: 'OB 3.0 JSON (VCDM 1.1)', args: { credential: fx.ob3JsonV1 } };
export const Ob3Jwt: Story = { name: 'OB 3.0 VC-JWT', args: { credential: fx.ob3Jwt } };
export const Expired: Story = { args: { credential: fx.ob3Expired } };
export const Ob2Expired: Story = { name: 'Expired (OB 2.0)', args: { credential: fx.ob2Expired } };
export const NotYetValid: Story = { name: 'Not yet valid', args: { credential: fx.ob3NotYetValid } };
export const Revoked: Story = { args: { credential: fx.ob2Revoked } };
export const ImagePlaceholder: Story = { name: 'Missing image (placeholder)', args: { credential: fx.ob3NoImage } };
export const LongAndRightToLeft: Story = { name: 'Long and right-to-left text', args: { credential: fx.ob3LongText } };

export const Loading: Story = {
  args: { credential: undefined, src: 'https://badges.opendataguild.example/assertions/slow.json' },
  render: (a) => html`<badge-card .client=${neverClient} src=${ifDefined(a.src)} size=${a.size} layout=${a.layout} theme=${a.theme}></badge-card>`,
};

export const ErrorState: Story = {
  name: 'Error',
  args: { credential: undefined, src: 'https://badges.opendataguild.example/assertions/missing.json' },
  render: (a) => html`<badge-card .client=${notFoundClient} src=${ifDefined(a.src)} size=${a.size} layout=${a.layout} theme=${a.theme}></badge-card>`,
};

export const Small: Story = { args: { size: 'small', credential: fx.ob3Json } };
export const Medium: Story = { args: { size: 'medium', credential: fx.ob3Json } };
export const Large: Story = { args: { size: 'large', credential: fx.ob3Json } };
export const Compact: Story = { args: { layout: 'compact' } };
export const CompactSizes: Story = {
  name: 'Compact, every size and state',
  render: () => html`<div style="display:grid;gap:12px">
    <badge-card layout="compact" size="small" .credential=${fx.ob2Hosted}></badge-card>
    <badge-card layout="compact" size="medium" .credential=${fx.ob3Expired}></badge-card>
    <badge-card layout="compact" size="large" .credential=${fx.ob2Revoked}></badge-card>
    <badge-card layout="compact" .client=${notFoundClient} src="https://badges.opendataguild.example/missing.json"></badge-card>
  </div>`,
};
export const Full: Story = { args: { layout: 'full', credential: fx.ob3Json } };

export const Dark: Story = {
  args: { theme: 'dark', credential: fx.ob3Json },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0f1218;padding:24px;border-radius:12px">${story()}</div>`],
};
export const DarkStates: Story = {
  name: 'Dark, every state',
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:16px;background:#0f1218;padding:24px">
    <badge-card theme="dark" .credential=${fx.ob2Hosted}></badge-card>
    <badge-card theme="dark" .credential=${fx.ob2Revoked}></badge-card>
    <badge-card theme="dark" .credential=${fx.ob3Expired}></badge-card>
    <badge-card theme="dark" .client=${neverClient} src="https://badges.opendataguild.example/slow.json"></badge-card>
    <badge-card theme="dark" .client=${notFoundClient} src="https://badges.opendataguild.example/missing.json"></badge-card>
  </div>`,
};

/**
 * `verify`: stories cannot reach the sample issuer, so these cards get a client whose `verify()`
 * answers with a fixed report (the real-engine runs are in test/elements/badge-card-verify.test.ts).
 */
const reportClient = (report: VerificationReport): BadgeClient => {
  const c = createBadgeClient();
  return { fetcher: c.fetcher, loadBadge: c.loadBadge, verify: async () => report };
};

export const VerifyButton: Story = {
  name: 'Verify button (opens the dialog)',
  render: (a) => html`<badge-card verify .client=${reportClient(reports.valid)} .credential=${fx.ob3Json} size=${a.size} layout=${a.layout} theme=${a.theme}></badge-card>`,
};

export const VerifyAuto: Story = {
  name: 'verify="auto": every mark',
  render: (a) => html`<div style="display:flex;flex-wrap:wrap;gap:16px">
    ${([
      ['valid', fx.ob3Json],
      ['expired', fx.ob3Expired],
      ['revoked', fx.ob2Revoked],
      ['status-unknown', fx.ob2Hosted],
      ['invalid-signature', fx.ob3Jwt],
      ['fetch-timeout', fx.ob2Signed],
    ] as const).map(([key, credential]) => html`<badge-card verify="auto" .client=${reportClient(reports[key])} .credential=${credential} size=${a.size} theme=${a.theme}></badge-card>`)}
  </div>`,
};

export const VerifyCompact: Story = {
  name: 'verify="auto", compact',
  render: (a) => html`<div style="display:grid;gap:12px;inline-size:22rem">
    <badge-card layout="compact" verify="auto" .client=${reportClient(reports.valid)} .credential=${fx.ob2Hosted} theme=${a.theme}></badge-card>
    <badge-card layout="compact" verify="auto" .client=${reportClient(reports.expired)} .credential=${fx.ob3Expired} theme=${a.theme}></badge-card>
    <badge-card layout="compact" verify="auto" .client=${reportClient(reports['key-not-bound'])} .credential=${fx.ob3Json} theme=${a.theme}></badge-card>
    <badge-card layout="compact" verify .client=${reportClient(reports.valid)} .credential=${fx.ob3JsonV1} theme=${a.theme}></badge-card>
  </div>`,
};

export const VerifyDark: Story = {
  name: 'verify="auto", dark',
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:16px;background:#0f1218;padding:24px">
    <badge-card theme="dark" verify="auto" .client=${reportClient(reports.valid)} .credential=${fx.ob3Json}></badge-card>
    <badge-card theme="dark" verify="auto" .client=${reportClient(reports.revoked)} .credential=${fx.ob2Revoked}></badge-card>
    <badge-card theme="dark" verify="auto" .client=${reportClient(reports.cors)} .credential=${fx.ob2Hosted}></badge-card>
  </div>`,
  parameters: { backgrounds: { default: 'dark' } },
};
