/**
 * i18n of <badge-wall>: the browse form, the count and loading progress (numbers through Intl), pathways,
 * tiles and the verify-all summary in Spanish, German and Arabic (the lazy language chunk is awaited before
 * the first render), a later `lang` change re-renders, Arabic lays out right to left, and every language
 * has exactly the English keys of the `wall` section. Real HTTP from the sample issuer.
 */
import { expect } from '@open-wc/testing';
import type { BadgeWall } from '../../src/badge-wall.js';
import { en } from '../../src/elements/shared/i18n/en.js';
import { es } from '../../src/elements/shared/i18n/es.js';
import { de } from '../../src/elements/shared/i18n/de.js';
import { ar } from '../../src/elements/shared/i18n/ar.js';
import { registerLocale } from '../../src/elements/shared/i18n/registry.js';
import { abs, cleanupWalls, mountWall, optionTexts, q, qa, settle, txt } from '../elements/badge-wall.helpers.js';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(test(), what).to.equal(true);
}

const n = (lang: string, x: number) => new Intl.NumberFormat(lang).format(x);

/** What each language must show (written out here, not read from the catalogue). */
const WORDS = {
  es: {
    search: 'Buscar', sort: 'Ordenar', group: 'Agrupar por', layout: 'Vista', clear: 'Limpiar', allIssuers: 'Todos los emisores',
    anyStatus: 'Cualquier estado', sorts: ['Orden de la lista', 'Más recientes primero', 'Nombre', 'Emisor'],
    count: (x: string) => `${x} insignias`, progress: (a: string, b: string) => `${a} de ${b}`,
    stack: (a: string, b: string) => `${a} de ${b} obtenidas`, capstone: 'Culminación · Aún no obtenida', pathways: 'Itinerarios',
    verified: (x: string) => `${x} verificadas`, list: (x: string) => `Insignias, mostrando ${x}`,
  },
  de: {
    search: 'Suche', sort: 'Sortierung', group: 'Gruppieren nach', layout: 'Ansicht', clear: 'Zurücksetzen', allIssuers: 'Alle Aussteller',
    anyStatus: 'Jeder Status', sorts: ['Reihenfolge der Liste', 'Neueste zuerst', 'Name', 'Aussteller'],
    count: (x: string) => `${x} Badges`, progress: (a: string, b: string) => `${a} von ${b}`,
    stack: (a: string, b: string) => `${a} von ${b} erworben`, capstone: 'Abschluss · Noch nicht erworben', pathways: 'Lernpfade',
    verified: (x: string) => `${x} verifiziert`, list: (x: string) => `Badges, ${x} angezeigt`,
  },
  ar: {
    search: 'بحث', sort: 'الترتيب', group: 'التجميع حسب', layout: 'طريقة العرض', clear: 'مسح', allIssuers: 'كل الجهات المُصدِرة',
    anyStatus: 'أي حالة', sorts: ['ترتيب القائمة', 'الأحدث أولًا', 'الاسم', 'الجهة المُصدِرة'],
    count: (x: string) => `${x} شارات`, progress: (a: string, b: string) => `${a} من ${b}`,
    stack: (a: string, b: string) => `تم اكتساب ${a} من ${b}`, capstone: 'الشارة الختامية · لم تُكتسب بعد', pathways: 'المسارات',
    verified: (x: string) => `تم التحقق: ${x}`, list: (x: string) => `الشارات، المعروض منها ${x}`,
  },
} as const;

type Lang = keyof typeof WORDS;
const LANGS = Object.keys(WORDS) as Lang[];

describe('i18n: <badge-wall>', function () {
  this.timeout(60_000);
  afterEach(cleanupWalls);

  it('every language has exactly the English keys, the wall section included', () => {
    const expected = keys(en);
    expect(expected).to.include.members(['wall.search', 'wall.summary.valid', 'wall.facets.issuer.label', 'wall.states.available', 'wall.stackProgress']);
    for (const lang of [es, de, ar]) expect(keys(lang)).to.deep.equal(expected);
  });

  for (const lang of LANGS) {
    const w = WORDS[lang];
    it(`<badge-wall lang="${lang}">: controls, count, pathway and tiles in ${lang} (first render already in ${lang})`, async () => {
      const firstTexts: string[] = [];
      const { wall } = await mountWall((el) => {
        el.setAttribute('lang', lang);
        el.src = '/issuer/wall/portfolio.json';
        void el.updateComplete.then(() => firstTexts.push(txt(el.shadowRoot!.querySelector('.count'))));
      });
      // the first render waited for the language chunk: never English
      expect(firstTexts.join(' ')).not.to.match(/Loading|badges/);
      expect(txt(q(wall, `label[for="w-q"]`))).to.equal(w.search);
      expect(txt(q(wall, `label[for="w-sort"]`))).to.equal(w.sort);
      expect(txt(q(wall, `label[for="w-group"]`))).to.equal(w.group);
      expect(txt(q(wall, 'fieldset.layout legend'))).to.equal(w.layout);
      expect(txt(q(wall, '[part="reset-button"]'))).to.equal(w.clear);
      expect(optionTexts(wall, 'issuer')[0]).to.equal(w.allIssuers);
      expect(optionTexts(wall, 'state')[0]).to.equal(w.anyStatus);
      expect(optionTexts(wall, 'sort')).to.deep.equal(w.sorts);
      expect(txt(q(wall, '.count'))).to.equal(w.count(n(lang, 5)));
      const stack = q(wall, '.stack')!;
      expect(q(wall, '.stacks')!.getAttribute('aria-label')).to.equal(w.pathways);
      expect(txt(stack.querySelector('[part="stack-progress"]'))).to.equal(w.stack(n(lang, 3), n(lang, 5)));
      expect(stack.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal(w.stack(n(lang, 3), n(lang, 5)));
      expect(txt(stack.querySelector('.step.capstone .step-state'))).to.equal(w.capstone);
      expect(q(wall, '.list')!.getAttribute('aria-label')).to.equal(w.list(n(lang, 5)));
      expect(wall.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : null);
      await expect(wall).to.be.accessible();
    });
  }

  it('loading progress ("2 of 3") in the wall\'s language, numbers through Intl', async () => {
    for (const lang of ['de', 'ar'] as const) {
      const wall = document.createElement('badge-wall') as BadgeWall;
      wall.setAttribute('lang', lang);
      // the last one never answers: the progress stays at 2 of 3 while it waits
      wall.credentials = [abs('/issuer/wall/assertions/0.json'), abs('/issuer/wall/assertions/1.json'), abs('/__test/hang')];
      document.body.append(wall);
      try {
        const expected = WORDS[lang].progress(n(lang, 2), n(lang, 3));
        await until(() => txt(wall.shadowRoot?.querySelector('[part="progress"] > span')) === expected, `progress "${expected}"`);
        expect(wall.shadowRoot!.querySelector('[part="progress"] [role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal(expected);
      } finally {
        wall.remove();
      }
    }
  });

  it('1,000 badges in Arabic and German: grouped numbers from Intl, the counted-noun form of 11+ in Arabic', async function () {
    this.timeout(120_000);
    const { wall } = await mountWall((el) => {
      el.setAttribute('lang', 'ar');
      el.src = '/issuer/wall/feed-1000.json';
    });
    // 1000 takes the counted-noun form of 11+ (singular noun)
    expect(txt(q(wall, '.count'))).to.equal(`${n('ar', 1000)} شارة`);
    wall.setAttribute('lang', 'de');
    await until(() => txt(q(wall, '.count')) === '1.000 Badges', 'German grouping: 1.000 Badges');
  });

  it('verify-all summary in Spanish', async () => {
    const { wall } = await mountWall((el) => {
      el.setAttribute('lang', 'es');
      el.verifyAll = true;
      el.credentials = [abs('/issuer/wall/assertions/0.json'), abs('/issuer/wall/assertions/1.json')];
    });
    await until(() => wall.items.every((i) => i.verified), 'both verified');
    await settle(wall);
    expect(wall.items.map((i) => i.verified!.state)).to.deep.equal(['valid', 'valid']);
    expect(txt(q(wall, '[part="summary"]'))).to.equal(WORDS.es.verified(n('es', 2)));
    expect(qa(wall, '.tile .pill').map(txt)).to.deep.equal(['Verificada', 'Verificada']);
  });

  it('registerLocale reaches the header (from the entry) and the body (its own strings) alike', async () => {
    // a language of its own, so no other test sees it; header keys and body keys in one registration
    registerLocale('fr-x-walltest', { wall: { title: 'Insignes', count: (x: string) => `${x} insignes`, search: 'Chercher' } });
    const { wall } = await mountWall((el) => {
      el.setAttribute('lang', 'fr-x-walltest');
      el.credentials = [abs('/issuer/ob2/assertions/viz-mei.json'), abs('/issuer/ob2/assertions/sql-querying-amina.json')];
    });
    expect(txt(q(wall, '[part="title"]'))).to.equal('Insignes');
    expect(txt(q(wall, '.count'))).to.equal('2 insignes');
    expect(txt(q(wall, 'label[for="w-q"]'))).to.equal('Chercher');
    // a key neither registration nor language has: English
    expect(txt(q(wall, '[part="reset-button"]'))).to.equal('Clear');
  });

  it('a lang change re-renders the wall in the new language', async () => {
    const { wall } = await mountWall((el) => {
      el.setAttribute('lang', 'es');
      el.src = '/issuer/wall/portfolio.json';
    });
    expect(txt(q(wall, 'label[for="w-q"]'))).to.equal('Buscar');
    wall.setAttribute('lang', 'de');
    await until(() => txt(q(wall, 'label[for="w-q"]')) === 'Suche', 'German search label');
    expect(txt(q(wall, '[part="stack-progress"]'))).to.equal('3 von 5 erworben');
    expect(optionTexts(wall, 'tag')[0]).to.equal('Alle Schlagwörter');
  });

  it('Arabic lays out right to left: the first tile sits at the inline start (right), inside the list', async () => {
    const { wall } = await mountWall((el) => {
      el.setAttribute('lang', 'ar');
      el.style.width = '700px'; // inside the 800 px test viewport
      el.src = '/issuer/wall/portfolio.json';
    });
    expect(getComputedStyle(wall).direction).to.equal('rtl');
    const list = q(wall, '.list')!.getBoundingClientRect();
    const tiles = qa(wall, '.tile').map((t) => t.getBoundingClientRect());
    expect(tiles.length).to.be.greaterThan(1);
    for (const r of tiles) {
      expect(r.left).to.be.at.least(list.left - 1);
      expect(r.right).to.be.at.most(list.right + 1);
    }
    // the first tile is the rightmost of the first row; the second is to its left
    expect(Math.abs(tiles[0]!.right - list.right)).to.be.lessThan(2);
    expect(tiles[1]!.right).to.be.lessThan(tiles[0]!.left + 1);
    // the form mirrors too: the search box (the first control) starts at the right
    const search = q(wall, 'input[type="search"]')!.getBoundingClientRect();
    const form = q(wall, 'form')!.getBoundingClientRect();
    expect(form.right - search.right).to.be.lessThan(search.left - form.left);
  });
});
