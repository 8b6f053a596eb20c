import { get } from './api.js';
import { el, show, figure, link, path } from './dom.js';

// The findings that fired, most severe first, each with message, rule, action and deadline.
export function findingsList(findings) {
  const order = { critical: 0, breach: 1, warning: 2, info: 3 };
  const shown = [...findings].sort((a, b) => (a.status === 'fired' ? 0 : 1) - (b.status === 'fired' ? 0 : 1) || order[a.severity] - order[b.severity]);
  if (shown.length === 0) return el('section', { class: 'findings' }, el('p', { class: 'finding ok' }, 'Every check held.'));
  return el('section', { class: 'findings', id: 'findings' }, shown.map(f => el('article', {
    class: `finding ${f.status === 'fired' ? f.severity : 'not-evaluated'}`, 'data-check': f.id,
  },
  el('h3', {}, el('span', { class: 'severity' }, f.status === 'fired' ? f.severity.toUpperCase() : 'NOT EVALUATED'), ' ', f.title, ' ', el('code', {}, f.id)),
  el('p', {}, f.message),
  el('dl', {},
    f.status === 'fired' && f.action ? [el('dt', {}, 'Action'), el('dd', {}, f.action)] : null,
    f.status === 'fired' && f.deadline ? [el('dt', {}, 'Deadline'), el('dd', {}, f.deadline)] : null,
    f.citation ? [el('dt', {}, 'Rule'), el('dd', {}, f.citation)] : null))));
}

// One page of the statement laid out like the filed form: line number, caption, figure, code.
export function pageTable(page, cell) {
  const rows = [];
  let section = null;
  for (const line of page.lines) {
    if (line.section && line.section !== section) {
      section = line.section;
      rows.push(el('tr', { class: 'section' }, el('th', { colspan: 4, scope: 'rowgroup' }, section)));
    }
    rows.push(el('tr', { 'data-key': line.key, class: line.kind },
      el('td', { class: 'no' }, line.line ?? ''),
      el('td', { class: 'label' }, line.label),
      el('td', { class: 'figure' }, cell(line)),
      el('td', { class: 'code' }, line.isCode ? `[${line.key}]` : '')));
  }
  return el('section', { class: 'page', id: `page-${page.id}` },
    el('h2', {}, page.title), page.citation ? el('p', { class: 'citation' }, page.citation) : null,
    el('table', { class: 'statement' }, el('tbody', {}, rows)));
}

export function heading(statement) {
  const stored = statement.stored;
  return el('header', { class: 'heading' },
    el('h1', {}, statement.firm ?? '(no firm)', ' ', el('span', { class: 'muted' }, statement.asOf)),
    el('p', {}, `${statement.title}: ${statement.form} ${statement.version}, rule set ${statement.rulesetHash.slice(0, 12)}`),
    stored ? el('p', { class: 'muted' }, `Evaluation ${stored.id}`, stored.evaluatedAt ? `, run ${stored.evaluatedAt} by ${stored.user} on ${stored.host}` : '', `; source ${statement.source}`) : null);
}

export async function statementPage(id) {
  const statement = await get(`/api/evaluations/${id}`);
  const explain = key => path('evaluations', id, 'explain', key);
  show(
    heading(statement),
    el('p', { class: 'actions' }, link(path('evaluations', id, 'what-if'), 'What-if on this evaluation'), ' · ',
      link(`/history?firm=${encodeURIComponent(statement.firm ?? '')}`, 'History of this firm'), ' · ',
      link(path('rules', statement.form, statement.version), `Rules ${statement.version}`)),
    findingsList(statement.findings),
    statement.pages.map(page => pageTable(page, line => el('a', { href: explain(line.key), title: `Explain ${line.key}` }, figure(line.value)))));
}
