import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineBadgeCard } from '../src/badge-card.js';
import { createBadgeClient } from '../src/core/client.js';
import '../src/badge-verify.js';
import { reports } from '../test/elements/badge-verify.fixtures.js';
import * as fx from './fixtures.js';

defineBadgeCard();

/**
 * Languages (built-in English, Spanish, German, Arabic right to left; `registerLocale()` for more)
 * and themes (light, dark, high contrast, high contrast dark). Forced colours (Windows High
 * Contrast) are covered by the Chromium tests in `test/themes/`.
 */
const meta: Meta = {
  title: 'Guides/Languages and themes',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const notFoundClient = createBadgeClient({
  fetch: async () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }),
});
const neverClient = createBadgeClient({ fetch: () => new Promise<Response>(() => {}) });

const THEMES = ['light', 'dark', 'high-contrast', 'high-contrast-dark'] as const;
const LANGS = ['en', 'es', 'de', 'ar'] as const;
const surface = (theme: string) => (theme.includes('dark') ? (theme.startsWith('high') ? '#000' : '#0f1218') : '#fff');

export const Arabic: Story = {
  name: 'Arabic (right to left), full and compact',
  render: () => html`<div lang="ar" style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">
    <badge-card .credential=${fx.ob3Json}></badge-card>
    <badge-card .credential=${fx.ob3Expired}></badge-card>
    <div style="display:grid;gap:12px">
      <badge-card layout="compact" .credential=${fx.ob2Hosted}></badge-card>
      <badge-card layout="compact" .credential=${fx.ob2Revoked}></badge-card>
      <badge-card layout="compact" .client=${notFoundClient} src="https://badges.opendataguild.example/missing.json"></badge-card>
    </div>
  </div>`,
};

export const EveryLanguage: Story = {
  name: 'Every built-in language',
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">
    ${LANGS.map((lang) => html`<badge-card lang=${lang} .credential=${fx.ob3Expired}></badge-card>`)}
  </div>`,
};

export const VerifyArabic: Story = {
  name: 'badge-verify in Arabic',
  render: () => html`<badge-verify lang="ar" .report=${reports.expired}></badge-verify>`,
};

export const VerifyEveryLanguage: Story = {
  name: 'badge-verify verdicts in every language',
  render: () => html`<div style="display:grid;gap:16px">
    ${LANGS.map((lang) => html`<badge-verify lang=${lang} .report=${reports['key-not-bound']}></badge-verify>`)}
  </div>`,
};

export const CardThemes: Story = {
  name: 'Card: every theme × state',
  render: () => html`<div style="display:grid;gap:16px">
    ${THEMES.map(
      (theme) => html`<div style="display:flex;flex-wrap:wrap;gap:16px;padding:16px;background:${surface(theme)}">
        <badge-card theme=${theme} .credential=${fx.ob3Json}></badge-card>
        <badge-card theme=${theme} .credential=${fx.ob3Expired}></badge-card>
        <badge-card theme=${theme} .credential=${fx.ob2Revoked}></badge-card>
        <badge-card theme=${theme} .client=${neverClient} src="https://badges.opendataguild.example/slow.json"></badge-card>
        <badge-card theme=${theme} .client=${notFoundClient} src="https://badges.opendataguild.example/missing.json"></badge-card>
      </div>`,
    )}
  </div>`,
};

export const HighContrast: Story = {
  name: 'Card: high contrast, every size',
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">
    ${(['small', 'medium', 'large'] as const).map((size) => html`<badge-card theme="high-contrast" size=${size} .credential=${fx.ob2Hosted}></badge-card>`)}
    <badge-card theme="high-contrast" layout="compact" .credential=${fx.ob3Expired}></badge-card>
  </div>`,
};

export const HighContrastDark: Story = {
  name: 'Card: high contrast dark, every size',
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;background:#000;padding:16px">
    ${(['small', 'medium', 'large'] as const).map((size) => html`<badge-card theme="high-contrast-dark" size=${size} .credential=${fx.ob2Hosted}></badge-card>`)}
    <badge-card theme="high-contrast-dark" layout="compact" .credential=${fx.ob3Expired}></badge-card>
  </div>`,
};

export const VerifyThemes: Story = {
  name: 'badge-verify: every theme',
  render: () => html`<div style="display:grid;gap:16px">
    ${THEMES.map(
      (theme) => html`<div style="padding:16px;background:${surface(theme)}"><badge-verify theme=${theme} .report=${reports.revoked}></badge-verify></div>`,
    )}
  </div>`,
};

export const CustomTokens: Story = {
  name: 'Design tokens set by the page',
  render: () => html`<div
    style="display:flex;gap:16px;--badge-font-family:Georgia,serif;--badge-radius:0;--badge-color-accent:#8a2be2;--badge-color-surface-alt:#f4ecff;--badge-card-width:18rem"
  >
    <badge-card theme="light" .credential=${fx.ob3Json}></badge-card>
    <badge-verify theme="light" .report=${reports.valid}></badge-verify>
  </div>`,
};
