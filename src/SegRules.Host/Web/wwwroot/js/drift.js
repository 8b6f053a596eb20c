import { get, post } from './api.js';
import { el, show, figure, link, path } from './dom.js';

// The drift a version would cause on stored evaluations: pick the version and the range in the address.
export async function driftPage() {
  const params = new URLSearchParams(location.search);
  const versions = await get('/api/rules');
  const choice = el('select', { name: 'version', 'aria-label': 'version' },
    el('option', { value: '' }, 'the version in force on each date'),
    versions.map(v => el('option', { value: v.version, selected: params.get('version') === v.version || null }, `${v.form} ${v.version}`)));
  const fields = ['firm', 'from', 'to'].map(name => [name, el('input', { name, type: name === 'firm' ? 'text' : 'date', value: params.get(name) ?? '', 'aria-label': name })]);
  const form = el('form', {
    class: 'filter',
    onsubmit: event => {
      event.preventDefault();
      const query = new URLSearchParams([['version', choice.value], ...fields.map(([n, i]) => [n, i.value])].filter(([, v]) => v));
      query.set('run', '1');
      location.assign(`/drift?${query}`);
    },
  }, el('label', {}, 'version ', choice), fields.map(([name, input]) => el('label', {}, `${name} `, input)), el('button', {}, 'Replay'));
  if (!params.has('run')) {
    show(el('h1', {}, 'Drift'), el('p', {}, 'Replay stored evaluations on a version of the rules and see what would change.'), form);
    return;
  }
  const replay = await post('/api/replay', { version: params.get('version') || null, firm: params.get('firm') || null, from: params.get('from') || null, to: params.get('to') || null });
  const s = replay.summary;
  show(
    el('h1', {}, 'Drift'), form,
    el('p', { class: 'summary', id: 'drift-summary' }, `${s.records} evaluation(s) replayed: ${s.same} the same, ${s.differ} differ (${s.lines} line(s), ${s.findings} finding(s)), ${s.failed} could not be evaluated.`),
    replay.records.filter(r => r.status !== 'same' || r.notes.length).map(r => el('details', { class: `record ${r.status}`, 'data-id': r.id },
      el('summary', {}, `${r.status.toUpperCase()} evaluation ${r.id} ${r.asOf} ${r.firm} (stored with ${r.storedVersion}, replayed with ${r.replayedVersion ?? '-'})`),
      el('p', {}, link(path('evaluations', r.id), `Open evaluation ${r.id}`)),
      r.notes.map(n => el('p', { class: 'muted' }, `note: ${n}`)),
      r.lines.length ? el('table', { class: 'diff' }, el('thead', {}, el('tr', {}, ['line', 'stored', 'replayed'].map(h => el('th', {}, h)))),
        el('tbody', {}, r.lines.map(l => el('tr', {}, el('td', {}, el('code', {}, l.key)), el('td', { class: 'figure old' }, l.stored === null ? '(none)' : figure(l.stored)), el('td', { class: 'figure new' }, l.replayed === null ? '(none)' : figure(l.replayed)))))) : null,
      r.findings.length ? el('ul', {}, r.findings.map(f => el('li', {}, el('code', {}, f.check), ` stored: ${f.stored ? `${f.stored.status} ${f.stored.message}` : '(none)'}; replayed: ${f.replayed ? `${f.replayed.status} ${f.replayed.message}` : '(none)'}`))) : null,
      r.problems.map(p => el('p', { class: 'problem' }, p)))));
}
