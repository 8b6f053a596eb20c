import { get } from './api.js';
import { el, show, figure, link, path } from './dom.js';

export async function rulesPage() {
  const versions = await get('/api/rules');
  const pairs = versions.slice(1).map((v, i) => [versions[i], v]).filter(([a, b]) => a.form === b.form);
  show(
    el('h1', {}, 'Rules'),
    el('table', { class: 'versions' },
      el('thead', {}, el('tr', {}, ['form', 'version', 'effective from', 'in force until', 'lines', 'checks', 'hash'].map(h => el('th', {}, h)))),
      el('tbody', {}, versions.map(v => el('tr', { 'data-version': v.version },
        el('td', {}, v.form), el('td', {}, link(path('rules', v.form, v.version), v.version)), el('td', {}, v.effectiveFrom),
        el('td', {}, v.effectiveTo ?? 'open'), el('td', { class: 'figure' }, v.lines), el('td', { class: 'figure' }, v.checks), el('td', {}, el('code', {}, v.hash.slice(0, 12))))))),
    pairs.length ? el('p', {}, 'Compare: ', pairs.map(([a, b]) => [link(path('rules', a.form, 'diff', a.version, b.version), `${a.version} → ${b.version}`), ' '])) : null);
}

function lineRows(lines) {
  return lines.map(l => el('tr', { 'data-key': l.key },
    el('td', { class: 'no' }, l.line ?? ''), el('td', {}, el('code', {}, l.key)), el('td', {}, l.label, l.note ? el('p', { class: 'muted' }, l.note) : null),
    el('td', {}, l.formula ? el('code', {}, l.formula) : el('span', { class: 'muted' }, l.default !== null ? `input (default ${figure(l.default)})` : 'input')),
    el('td', { class: 'citation' }, l.citation ?? '')));
}

export async function versionPage(form, version) {
  const rules = await get(`/api/rules/${encodeURIComponent(form)}/${encodeURIComponent(version)}`);
  const v = rules.version;
  show(
    el('h1', {}, `${v.title}: ${v.form} ${v.version}`),
    el('p', {}, `In force ${v.effectiveFrom} to ${v.effectiveTo ?? 'open'}; rule set `, el('code', {}, v.hash.slice(0, 12)), `; ${v.lines} lines, ${v.checks} checks.`),
    el('h2', {}, 'Sources'), el('ul', { class: 'sources' },
      v.sources.map(s => el('li', {}, s.document, s.reference ? `, ${s.reference}` : '', s.effective ? `, effective ${s.effective}` : '', s.note ? el('span', { class: 'muted' }, ` (${s.note})`) : null)),
      rules.citations.map(c => el('li', {}, c))),
    rules.assumptions.length ? [el('h2', {}, 'Assumptions'), el('ul', {}, rules.assumptions.map(a => el('li', {}, a)))] : null,
    rules.pages.map(page => el('section', { class: 'page', id: `page-${page.id}` },
      el('h2', {}, page.title), el('p', { class: 'citation' }, page.citation ?? '', ' ', el('span', { class: 'muted' }, page.source)),
      el('table', { class: 'rules' }, el('tbody', {}, lineRows(page.lines))),
      page.supplementals.length ? [el('h3', {}, 'Supplemental figures'), el('table', { class: 'rules' }, el('tbody', {}, lineRows(page.supplementals)))] : null,
      page.checks.length ? [el('h3', {}, 'Checks'), page.checks.map(c => el('article', { class: `check ${c.severity}`, 'data-check': c.id },
        el('h4', {}, el('span', { class: 'severity' }, c.severity.toUpperCase()), ' ', c.title, ' ', el('code', {}, c.id)),
        el('p', {}, 'When ', el('code', {}, c.when)), el('p', {}, c.message),
        el('dl', {}, c.citation ? [el('dt', {}, 'Rule'), el('dd', {}, c.citation)] : null, c.action ? [el('dt', {}, 'Action'), el('dd', {}, c.action)] : null,
          c.deadline ? [el('dt', {}, 'Deadline'), el('dd', {}, c.deadline)] : null)))] : null)));
}

export async function diffPage(form, a, b) {
  const diff = await get(`/api/rules/${encodeURIComponent(form)}/diff?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
  const kind = c => c.change === 'added' ? 'added' : c.change === 'removed' ? 'removed' : 'changed';
  show(
    el('h1', {}, `${diff.form}: ${diff.from} → ${diff.to}`),
    el('p', {}, `${diff.changes.length} change(s). `, link(path('rules', form, diff.from), diff.from), ' · ', link(path('rules', form, diff.to), diff.to), ' · ',
      link(path('rules', form, 'diff', diff.to, diff.from), 'the other way round')),
    el('table', { class: 'diff' },
      el('thead', {}, el('tr', {}, ['area', 'key', 'change', diff.from, diff.to].map(h => el('th', {}, h)))),
      el('tbody', {}, diff.changes.map(c => el('tr', { class: kind(c), 'data-key': c.key },
        el('td', {}, c.area), el('td', {}, el('code', {}, c.key)), el('td', {}, c.change),
        el('td', { class: 'old' }, c.old ?? ''), el('td', { class: 'new' }, c.new ?? ''))))));
}
