/** Stacks / pathways: progress ("3 of 5 earned"), earned and missing achievements, the capstone. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import { safeImageUrl } from '../shared/safe-url.js';
import type { StackProgress, StackStep } from './stacks.js';
import type { WallText } from './text.js';

function step(s: StackStep, onShow: (id: string) => void, { t, num }: WallText): TemplateResult {
  const src = safeImageUrl(s.image?.url);
  const earned = s.count > 0;
  const progress = earned ? (s.count > 1 ? t.earnedTimes(num(s.count), s.count) : t.earned) : t.notEarned;
  const state = s.capstone ? `${t.capstone} · ${progress}` : progress;
  const inner = html`${src ? html`<img src=${src} alt="" width="48" height="48" loading="lazy" referrerpolicy="no-referrer">` : html`<span class="noimg"></span>`}<span class="step-name" dir="auto">${s.name}</span><span class="step-state">${state}</span>`;
  return html`<li class="step ${earned ? 'earned' : 'missing'} ${s.capstone ? 'capstone' : ''}" part="stack-step ${earned ? 'stack-step-earned' : 'stack-step-missing'}">${earned
    ? html`<button type="button" class="step-body" @click=${() => onShow(s.id)} title=${t.showThese}>${inner}</button>`
    : html`<div class="step-body">${inner}</div>`}</li>`;
}

export function renderStacks(stacks: StackProgress[], onShow: (id: string) => void, text: WallText): TemplateResult | typeof nothing {
  if (stacks.length === 0) return nothing;
  const { t, num } = text;
  return html`<section class="stacks" part="stacks" aria-label=${t.pathways}>
    ${stacks.map((p) => {
      const pct = p.total ? Math.round((p.earned / p.total) * 100) : 0;
      const progress = t.stackProgress(num(p.earned), num(p.total), p.earned);
      return html`<article class="stack ${p.earned === p.total ? 'complete' : ''}" part="stack" aria-labelledby="stack-${p.def.id}">
        <header>
          <h3 id="stack-${p.def.id}" dir="auto">${p.def.name}</h3>
          <p class="progress-text" part="stack-progress">${progress}</p>
        </header>
        ${p.def.description ? html`<p class="stack-desc" dir="auto">${p.def.description}</p>` : nothing}
        <div class="bar" role="progressbar" aria-label=${t.stackBarLabel(p.def.name)} aria-valuemin="0" aria-valuemax=${p.total} aria-valuenow=${p.earned}
          aria-valuetext=${progress}><span ${cssomStyle({ inlineSize: `${pct}%` })}></span></div>
        <ol class="steps">${p.steps.map((s) => step(s, onShow, text))}</ol>
      </article>`;
    })}
  </section>`;
}
