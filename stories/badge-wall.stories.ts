import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createBadgeClient } from '../src/core/client.js';
import { defineBadgeWall, emptyBrowse } from '../src/badge-wall.js';
import * as fx from './badge-wall.fixtures.js';

// Called explicitly: package.json `sideEffects` lets bundlers drop a bare side-effect import.
defineBadgeWall();

/** A fetch that never answers (the loading state stays on screen). */
const neverClient = createBadgeClient({ fetch: () => new Promise<Response>(() => {}) });
/** A fetch that answers 404 for everything (the error state). */
const notFoundClient = createBadgeClient({ fetch: async () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }) });

type Args = { layout: 'grid' | 'list'; theme: 'light' | 'dark' | 'auto'; count: number };

const meta: Meta<Args> = {
  title: 'Elements/badge-wall',
  component: 'badge-wall',
  args: { layout: 'grid', theme: 'light', count: 60 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    count: { control: { type: 'number', min: 0, max: 10000 } },
  },
  render: (a) => html`<badge-wall label="Open Data Guild: members' badges" layout=${a.layout} theme=${a.theme} .credentials=${fx.memberBadges(a.count)}></badge-wall>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Members' badges (credentials in hand): search, faceted filters with counts, sort, group, grid. */
export const Default: Story = {};

export const List: Story = { args: { layout: 'list' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** 10,000 badges: virtualized, the DOM stays small. */
export const TenThousand: Story = { args: { count: 10000 } };

/** Nothing to show yet. */
export const Empty: Story = {
  render: (a) => html`<badge-wall theme=${a.theme} .feed=${{ type: 'BadgeFeed', name: 'New members', items: [] }}></badge-wall>`,
};

/** The list is still on its way (a fetch that never answers): the progress indicator. */
export const Loading: Story = {
  render: (a) => html`<badge-wall theme=${a.theme} .client=${neverClient} src="https://badges.opendataguild.example/feed.json"></badge-wall>`,
};

/** The list could not be loaded, and some items are unreadable: a notice and small error tiles, never a broken wall. */
export const Error: Story = {
  render: (a) => html`<badge-wall theme=${a.theme} .client=${notFoundClient} src="https://badges.opendataguild.example/feed.json"
    .credentials=${fx.brokenItems}></badge-wall>`,
};

/** Started with a filter (skill) and a sort: counts per value say what each choice would show. */
export const Filtered: Story = {
  render: (a) => html`<badge-wall theme=${a.theme} label="Badges with the SQL skill" .credentials=${fx.memberBadges(a.count)}
    .browse=${{ ...emptyBrowse(), skill: 'Relational querying', sort: 'newest' }}></badge-wall>`,
};

/** A learner's portfolio with a pathway: 3 of 5 earned, the missing ones and the capstone. */
export const Stacked: Story = {
  render: (a) => html`<badge-wall theme=${a.theme} layout=${a.layout} .feed=${fx.portfolioFeed}></badge-wall>`,
};

/** Grouped by skill. */
export const Grouped: Story = {
  render: (a) => html`<badge-wall theme=${a.theme} .credentials=${fx.memberBadges(24)} .browse=${{ ...emptyBrowse(), group: 'skill' }}></badge-wall>`,
};
