/**
 * The sample issuer's content: a fictional association, its badges and its learners.
 * Pure data (no URLs baked in: builders add the origin they are served on).
 */

export const GUILD = {
  name: 'Lindqvist Open Data Guild',
  shortName: 'Open Data Guild',
  description:
    'A volunteer association of analysts, civic technologists and librarians who teach practical data skills ' +
    'in evening workshops across the Kestrel Bay region. (Fictional organisation used by the badge-elements demo.)',
  email: 'badges@opendataguild.example',
  telephone: '+1-555-0142',
};

export type Shape = 'medal' | 'hexagon' | 'shield' | 'circle' | 'star';
export type Pictogram = 'bars' | 'database' | 'chart-line' | 'python' | 'bell-curve' | 'trophy' | 'funnel' | 'scales' | 'logo';

export interface AlignmentDef { name: string; framework: string; code: string; url: string; description?: string; type?: string }

export interface BadgeDef {
  slug: string;
  name: string;
  /** Text drawn on the artwork. */
  short: string;
  description: string;
  /** Markdown. */
  criteria: string;
  alignments: AlignmentDef[];
  tags: string[];
  achievementType: string;
  credits?: number;
  fieldOfStudy?: string;
  art: { shape: Shape; from: string; to: string; accent: string; pictogram: Pictogram };
}

const sfia = (name: string, code: string, slug: string): AlignmentDef => ({
  name, framework: 'SFIA 9', code, url: `https://sfia-online.org/en/sfia-9/skills/${slug}`, type: 'ceasn:Competency',
});
const guild = (name: string, code: string, description: string): AlignmentDef => ({
  name, framework: 'Open Data Guild Skills Framework 2024', code, description,
  url: `https://opendataguild.example/framework/2024#${code}`, type: 'CFItem',
});

export const BADGES: BadgeDef[] = [
  {
    slug: 'data-analysis-foundations', name: 'Data Analysis Foundations', short: 'ANALYSIS',
    description: 'Frames a question, finds and reads a public dataset, and answers the question with reproducible summary tables.',
    criteria: '## What the learner did\n\n- Completed the six-evening **Foundations** workshop (18 hours).\n- Submitted an analysis of a municipal open dataset answering a question of their own.\n- The analysis was reviewed by two guild mentors against the [foundations rubric](https://opendataguild.example/rubrics/foundations).',
    alignments: [sfia('Data science', 'DATS', 'data-science'), guild('Framing analytical questions', 'ODG-A1', 'Turns a vague request into a measurable question.')],
    tags: ['data analysis', 'spreadsheets', 'open data'], achievementType: 'Course', credits: 2, fieldOfStudy: 'Data analysis',
    art: { shape: 'medal', from: '#1e6fd9', to: '#0b3c7a', accent: '#ffd166', pictogram: 'bars' },
  },
  {
    slug: 'sql-querying', name: 'SQL Querying', short: 'SQL',
    description: 'Writes correct SELECT queries with joins, grouping and window functions against a relational database.',
    criteria: '## Requirements\n\n1. Pass the proctored query exercise (20 tasks, 80% or more).\n2. Explain one query plan to a mentor.\n\n_Assessed on PostgreSQL 16._',
    alignments: [sfia('Database administration', 'DBAD', 'database-administration'), guild('Relational querying', 'ODG-D2', 'Joins, aggregation and window functions.')],
    tags: ['SQL', 'databases', 'PostgreSQL'], achievementType: 'Competency', credits: 1, fieldOfStudy: 'Databases',
    art: { shape: 'hexagon', from: '#0f9d8a', to: '#075e55', accent: '#e0fff9', pictogram: 'database' },
  },
  {
    slug: 'data-visualization', name: 'Data Visualization', short: 'VIZ',
    description: 'Chooses honest chart types, labels them well and publishes an accessible interactive chart.',
    criteria: '## Evidence required\n\n- A portfolio of three charts built from public data.\n- Each chart has a text alternative and passes a colour-contrast check.\n- A short written critique of a misleading chart found in the press.',
    alignments: [sfia('Data visualisation', 'VISL', 'data-visualisation'), guild('Accessible charts', 'ODG-V1', 'Charts with text alternatives and sufficient contrast.')],
    tags: ['visualization', 'accessibility', 'charts'], achievementType: 'Badge', credits: 1,
    art: { shape: 'shield', from: '#e2558b', to: '#8a1c4a', accent: '#ffe3ef', pictogram: 'chart-line' },
  },
  {
    slug: 'python-for-data', name: 'Python for Data', short: 'PYTHON',
    description: 'Loads, reshapes and analyses tabular data in Python with pandas, in a notebook others can rerun.',
    criteria: '## Criteria\n\n- Complete the **Python for Data** course notebooks.\n- Submit a notebook that runs top to bottom on a clean environment.\n- Code reviewed by a mentor (style, tests for the cleaning functions).',
    alignments: [sfia('Programming/software development', 'PROG', 'programming-software-development'), guild('Reproducible notebooks', 'ODG-P1', 'Notebooks that rerun from a clean environment.')],
    tags: ['Python', 'pandas', 'notebooks'], achievementType: 'Course', credits: 3, fieldOfStudy: 'Programming',
    art: { shape: 'hexagon', from: '#f2b134', to: '#b86e00', accent: '#2b3a67', pictogram: 'python' },
  },
  {
    slug: 'applied-statistics', name: 'Applied Statistics', short: 'STATS',
    description: 'Uses confidence intervals, hypothesis tests and simple regression, and explains their limits in plain words.',
    criteria: '## Criteria\n\n- Written exam (90 minutes) with a pass mark of 70%.\n- A one-page plain-language explanation of a study\'s results, judged by a non-specialist panel.',
    alignments: [sfia('Data science', 'DATS', 'data-science'), guild('Statistical inference', 'ODG-S2', 'Intervals, tests and regression with stated assumptions.')],
    tags: ['statistics', 'inference', 'regression'], achievementType: 'Competency', credits: 2, fieldOfStudy: 'Statistics',
    art: { shape: 'circle', from: '#7b5cd6', to: '#3b2288', accent: '#f0eaff', pictogram: 'bell-curve' },
  },
  {
    slug: 'data-cleaning', name: 'Data Cleaning & Wrangling', short: 'CLEAN',
    description: 'Finds and fixes duplicates, missing values, inconsistent codes and broken dates, and documents every change.',
    criteria: '- Clean the guild\'s deliberately messy *Bus Stops* dataset.\n- Provide a change log a reviewer can follow line by line.',
    alignments: [sfia('Data management', 'DATM', 'data-management'), guild('Data quality', 'ODG-D1', 'Profiling, cleaning and documenting data.')],
    tags: ['data quality', 'wrangling'], achievementType: 'Badge', credits: 1,
    art: { shape: 'shield', from: '#3aa655', to: '#1b5e2c', accent: '#eaffef', pictogram: 'funnel' },
  },
  {
    slug: 'open-data-ethics', name: 'Open Data Ethics', short: 'ETHICS',
    description: 'Assesses a data release for privacy, consent and re-identification risk before publishing it.',
    criteria: '## Criteria\n\nParticipated in the ethics seminar and wrote a release assessment for a real (anonymised) case, discussed with the guild\'s ethics circle.',
    alignments: [sfia('Information security', 'SCTY', 'information-security'), guild('Responsible release', 'ODG-E1', 'Privacy and re-identification risk review.')],
    tags: ['ethics', 'privacy', 'GDPR'], achievementType: 'Achievement',
    art: { shape: 'circle', from: '#546e7a', to: '#263238', accent: '#ffcc80', pictogram: 'scales' },
  },
  {
    slug: 'data-practitioner-capstone', name: 'Data Practitioner Capstone', short: 'CAPSTONE',
    description: 'An end-to-end project for a community partner: question, data, analysis, visualisation and a public presentation.',
    criteria: '## Capstone\n\nHold the **Foundations**, **SQL**, **Visualization** and **Statistics** badges, then deliver a project for a community partner:\n\n1. Scope agreed with the partner.\n2. Analysis published as open source.\n3. 20-minute public presentation at a guild meetup.',
    alignments: [sfia('Data science', 'DATS', 'data-science'), sfia('Data visualisation', 'VISL', 'data-visualisation'), guild('Practitioner', 'ODG-CAP', 'Delivers a complete project for a partner.')],
    tags: ['capstone', 'project', 'community'], achievementType: 'Certificate', credits: 6, fieldOfStudy: 'Data analysis',
    art: { shape: 'star', from: '#d4a017', to: '#7a5200', accent: '#fff4cc', pictogram: 'trophy' },
  },
];

export interface Learner { key: string; name: string; email: string; salt: string }
export const LEARNERS: Learner[] = [
  { key: 'amina', name: 'Amina Okafor', email: 'amina.okafor@example.org', salt: 'x7Qp2LmZ' },
  { key: 'lukas', name: 'Lukas Brandt', email: 'lukas.brandt@example.net', salt: 'v1Nd9RtE' },
  { key: 'mei', name: 'Mei Tanaka', email: 'mei.tanaka@example.com', salt: 'K3sW8yHc' },
  { key: 'diego', name: 'Diego Ramírez', email: 'diego.ramirez@example.org', salt: 'pA4fJ6uB' },
];

export function badge(slug: string): BadgeDef {
  const b = BADGES.find((x) => x.slug === slug);
  if (!b) throw new Error(`no badge ${slug}`);
  return b;
}
export function learner(key: string): Learner {
  const l = LEARNERS.find((x) => x.key === key);
  if (!l) throw new Error(`no learner ${key}`);
  return l;
}
