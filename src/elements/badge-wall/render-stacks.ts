/** Stacks / pathways: progress ("3 of 5 earned"), earned and missing achievements, the capstone. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import { safeImageUrl } from '../shared/safe-url.js';
import type { StackProgress, StackStep } from './stacks.js';
import { num } from './render-controls.js';

function step(s: StackStep, onShow: (id: string) => void): TemplateResult {
  const src = safeImageUrl(s.image?.url);
  const earned = s.count > 0;
  const state = `${s.capstone ? 'Capstone · ' : ''}${earned ? (s.count > 1 ? `${num(s.count)} earned` : 'Earned') : 'Not yet earned'}`;
  const inner = html`${src ? html`<img src=${src} alt="" width="48" height="48" loading="lazy" referrerpolicy="no-referrer">` : html`<span class="noimg"></span>`}<span class="step-name" dir="auto">${s.name}</span><span class="step-state">${state}</span>`;
  return html`<li class="step ${earned ? 'earned' : 'missing'} ${s.capstone ? 'capstone' : ''}" part="stack-step ${earned ? 'stack-step-earned' : 'stack-step-missing'}">${earned
    ? html`<button type="button" class="step-body" @click=${() => onShow(s.id)} title="Show these badges">${inner}</button>`
    : html`<div class="step-body">${inner}</div>`}</li>`;
}

export function renderStacks(stacks: StackProgress[], onShow: (id: string) => void): TemplateResult | typeof nothing {
  if (stacks.length === 0) return nothing;
  return html`<section class="stacks" part="stacks" aria-label="Pathways">
    ${stacks.map((p) => {
      const pct = p.total ? Math.round((p.earned / p.total) * 100) : 0;
      return html`<article class="stack ${p.earned === p.total ? 'complete' : ''}" part="stack" aria-labelledby="stack-${p.def.id}">
        <header>
          <h3 id="stack-${p.def.id}" dir="auto">${p.def.name}</h3>
          <p class="progress-text" part="stack-progress">${p.earned} of ${p.total} earned</p>
        </header>
        ${p.def.description ? html`<p class="stack-desc" dir="auto">${p.def.description}</p>` : nothing}
        <div class="bar" role="progressbar" aria-label="${p.def.name} progress" aria-valuemin="0" aria-valuemax=${p.total} aria-valuenow=${p.earned}
          aria-valuetext="${p.earned} of ${p.total} earned"><span ${cssomStyle({ inlineSize: `${pct}%` })}></span></div>
        <ol class="steps">${p.steps.map((s) => step(s, onShow))}</ol>
      </article>`;
    })}
  </section>`;
}
