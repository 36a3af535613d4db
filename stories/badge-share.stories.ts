import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineBadgeCard } from '../src/badge-card.js';
import { defineBadgeShare } from '../src/elements/badge-share/define.js';
import { defineBadgeQr } from '../src/elements/badge-qr/define.js';
import * as fx from './fixtures.js';

defineBadgeCard();
defineBadgeShare();
defineBadgeQr();

type Args = {
  credential: string | object;
  share: string;
  showQr?: string;
  qrTarget: string;
  size: 'small' | 'medium' | 'large';
  layout: 'compact' | 'full';
  theme: 'light' | 'dark' | 'auto';
};

const meta: Meta<Args> = {
  title: 'Elements/badge-share',
  component: 'badge-share',
  args: {
    credential: fx.ob2Hosted, share: '', qrTarget: 'https://verify.example.org/verify.html?src={url}',
    size: 'medium', layout: 'full', theme: 'light',
  },
  argTypes: {
    share: { control: 'text', description: 'Targets: linkedin x facebook email copy native download (empty = all)' },
    showQr: { control: 'inline-radio', options: [undefined, '', 'print'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (a) => html`<badge-card .credential=${a.credential} share=${a.share} show-qr=${ifDefined(a.showQr)}
    qr-target=${a.qrTarget} size=${a.size} layout=${a.layout} theme=${a.theme}></badge-card>`,
  parameters: { layout: 'centered' },
};
export default meta;

type Story = StoryObj<Args>;

export const AllTargets: Story = { name: 'Card with every share target' };
export const SomeTargets: Story = { name: 'LinkedIn, e-mail, copy', args: { share: 'linkedin email copy' } };
export const WithQr: Story = { name: 'Card with QR code', args: { share: 'copy', showQr: '' } };
export const Compact: Story = { args: { layout: 'compact' } };
export const Dark: Story = { args: { theme: 'dark', credential: fx.ob3Jwt } };

/** The QR code alone, with download buttons. */
export const QrAlone: StoryObj = {
  name: 'badge-qr with downloads',
  render: () => html`<badge-qr downloads url="https://verify.example.org/verify.html?src=https%3A%2F%2Fbadges.opendataguild.example%2Fassertions%2Fsql-querying-amina.json"></badge-qr>`,
};
