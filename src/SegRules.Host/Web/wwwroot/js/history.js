import { get } from './api.js';
import { el, show, figure, link, path } from './dom.js';
import { poolChart } from './chart.js';

const pools = ['segregation', 'secured', 'swaps'];

export function filterForm(fields, target) {
  const params = new URLSearchParams(location.search);
  const inputs = fields.map(([name, label, type]) => [name, el('input', { name, type: type ?? 'text', value: params.get(name) ?? '', 'aria-label': label })]);
  return el('form', {
    class: 'filter',
    onsubmit: event => {
      event.preventDefault();
      const query = new URLSearchParams(inputs.filter(([, input]) => input.value).map(([name, input]) => [name, input.value]));
      location.assign(`${target}${query.size ? `?${query}` : ''}`);
    },
  }, inputs.map(([name, input]) => el('label', {}, `${name} `, input)), el('button', {}, 'Show'));
}

export async function historyPage() {
  const params = new URLSearchParams(location.search);
  const query = new URLSearchParams([...params].filter(([k, v]) => ['firm', 'from', 'to', 'line'].includes(k) && v));
  const rows = await get(`/api/evaluations${query.size ? `?${query}` : ''}`);
  // A followed line (?line=) is one series under its newest key; a value from an older key says where it came from.
  const followed = rows.find(r => r.line)?.line.key;
  const lineCells = r => followed ? [el('td', { class: 'figure' }, figure(r.line?.value)), el('td', { class: 'line-from' }, r.line?.note ?? '')] : [];
  const table = el('table', { class: 'history' },
    el('thead', {}, el('tr', {}, ['id', 'as of', 'firm', 'version', ...pools.flatMap(p => [`${p} excess`, 'over target']), 'worst finding',
      ...(followed ? [`[${followed}]`, 'from'] : [])].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', { 'data-id': r.id },
      el('td', {}, link(path('evaluations', r.id), String(r.id))), el('td', {}, r.asOf), el('td', {}, r.firm), el('td', {}, r.version),
      pools.flatMap(p => [el('td', { class: 'figure' }, figure(r.pools[p]?.excess)), el('td', { class: `figure ${r.pools[p]?.overTarget < 0 ? 'below' : ''}` }, figure(r.pools[p]?.overTarget))]),
      el('td', { class: r.worstFinding ? `worst ${r.worstFinding.severity}` : '' }, r.worstFinding ? `${r.worstFinding.severity.toUpperCase()} ${r.worstFinding.check}${r.fired > 1 ? ` (+${r.fired - 1})` : ''}` : '-'),
      lineCells(r)))));
  show(
    el('h1', {}, 'History', params.get('firm') ? ` of ${params.get('firm')}` : ''),
    filterForm([['firm', 'firm'], ['from', 'from', 'date'], ['to', 'to', 'date'], ['line', 'line']], '/history'),
    rows.length === 0 ? el('p', {}, 'No stored evaluations match.') : [
      el('p', { class: 'legend' }, el('span', { class: 'key excess' }, 'excess'), el('span', { class: 'key target' }, 'management target'),
        el('span', { class: 'key deficiency' }, 'deficiency'), el('span', { class: 'key below-target' }, 'below target'), ' Each point opens its evaluation.'),
      el('div', { class: 'charts' }, pools.map(p => el('figure', {}, el('figcaption', {}, p), poolChart(p, rows)))),
      table,
    ]);
}
