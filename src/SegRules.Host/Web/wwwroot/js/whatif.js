import { get, post } from './api.js';
import { el, append, show, figure, signed, link, path, problem } from './dom.js';
import { heading, pageTable } from './statement.js';

const pools = ['segregation', 'secured', 'swaps'];

// The what-if's state lives in the address (?7010=…&withdraw.segregation=…), so it can be sent on.
function changesFromAddress() {
  const values = {}, withdrawals = {};
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (value === '' || Number.isNaN(Number(value))) continue;
    if (name.startsWith('withdraw.')) withdrawals[name.slice(9)] = Number(value);
    else values[name] = Number(value);
  }
  return { values, withdrawals };
}

function findingChange(change) {
  const state = s => s ? `${s.status === 'fired' ? s.severity.toUpperCase() : 'NOT EVALUATED'}: ${s.message}` : '(none)';
  const what = !change.stored ? 'appears' : !change.replayed ? 'disappears' : 'changes';
  return el('li', { class: `change ${what}`, 'data-check': change.check }, el('code', {}, change.check), ` ${what}`,
    el('p', { class: 'muted' }, `stored: ${state(change.stored)}`), el('p', {}, `what-if: ${state(change.replayed)}`));
}

export async function whatIfPage(id) {
  const stored = await get(`/api/evaluations/${id}`);
  const storedValue = new Map(stored.pages.flatMap(p => p.lines).map(l => [l.key, l.value]));
  const changes = changesFromAddress();
  const figures = new Map(), deltas = new Map();
  const summary = el('section', { id: 'what-if-summary' });

  const cell = line => {
    const delta = el('span', { class: 'delta' });
    deltas.set(line.key, delta);
    if (line.kind !== 'input') {
      const shown = el('span', { class: 'now' }, figure(line.value));
      figures.set(line.key, shown);
      return [shown, delta];
    }
    const input = el('input', { class: 'figure-input', name: line.key, inputmode: 'decimal', value: changes.values[line.key] ?? line.value, 'aria-label': `${line.key} ${line.label}` });
    input.addEventListener('input', schedule);
    figures.set(line.key, input);
    return [input, delta];
  };
  const withdrawals = pools.map(pool => [pool, el('input', { name: `withdraw.${pool}`, inputmode: 'decimal', value: changes.withdrawals[pool] ?? '', 'aria-label': `withdrawal from ${pool}` })]);
  withdrawals.forEach(([, input]) => input.addEventListener('input', schedule));

  function current() {
    const values = {}, withdrawn = {};
    for (const [key, node] of figures) {
      if (node.tagName === 'INPUT' && node.value.trim() !== '' && Number(node.value) !== storedValue.get(key)) values[key] = Number(node.value);
    }
    for (const [pool, input] of withdrawals) if (input.value.trim() !== '') withdrawn[pool] = Number(input.value);
    return { id: Number(id), values, withdrawals: withdrawn };
  }

  let timer = null, asked = 0;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(recompute, 150);
  }

  async function recompute() {
    const request = current();
    const query = new URLSearchParams([...Object.entries(request.values), ...Object.entries(request.withdrawals).map(([p, v]) => [`withdraw.${p}`, v])]);
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
    const mine = ++asked;
    try {
      const result = await post('/api/what-if', request);
      if (mine !== asked) return;
      const changed = new Map(result.lines.map(l => [l.key, l]));
      for (const line of result.statement.pages.flatMap(p => p.lines)) {
        const node = figures.get(line.key);
        if (node && node.tagName !== 'INPUT') node.textContent = figure(line.value);
        const delta = deltas.get(line.key);
        if (delta) delta.textContent = changed.has(line.key) ? ` ${signed(changed.get(line.key).delta)}` : '';
        node?.closest('tr')?.classList.toggle('changed', changed.has(line.key));
      }
      summary.replaceChildren();
      append(summary, [
        el('h2', {}, 'Findings that change'),
        result.findings.length ? el('ul', { class: 'finding-changes' }, result.findings.map(findingChange)) : el('p', {}, 'No finding appears or disappears.'),
        result.withdrawals.length ? [el('h2', {}, 'Pro-forma withdrawals'), el('table', { class: 'withdrawals' },
          el('thead', {}, el('tr', {}, ['pool', 'withdrawal', 'excess before', 'excess after', 'over target after', '25 % rule'].map(h => el('th', {}, h)))),
          el('tbody', {}, result.withdrawals.map(w => el('tr', { 'data-pool': w.pool },
            el('td', {}, w.pool), el('td', { class: 'figure' }, figure(w.withdrawal)), el('td', { class: 'figure' }, figure(w.excessBefore)),
            el('td', { class: `figure ${w.excessAfter < 0 ? 'below' : ''}` }, figure(w.excessAfter)),
            el('td', { class: `figure ${w.overTargetAfter < 0 ? 'below' : ''}` }, figure(w.overTargetAfter)),
            el('td', { class: w.needsApproval ? 'approval' : '' }, w.needsApproval === null ? w.message : w.needsApproval ? `needs pre-approval and notice: ${w.message}` : 'no approval needed')))))] : null]);
    } catch (error) {
      if (mine === asked) summary.replaceChildren(problem(error.body ?? { error: String(error), diagnostics: [] }));
    }
  }

  async function saveCase() {
    const response = await fetch('/api/what-if/case', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(sessionStorage.getItem('segrules-token') ? { Authorization: `Bearer ${sessionStorage.getItem('segrules-token')}` } : {}) }, body: JSON.stringify(current()) });
    if (!response.ok) { summary.replaceChildren(problem(await response.json())); return; }
    const url = URL.createObjectURL(await response.blob());
    const a = el('a', { href: url, download: `what-if-${id}.yaml` });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  show(
    heading(stored),
    el('h2', {}, 'What-if'),
    el('p', {}, 'Change any input figure: every line recomputes as you type, with its difference from the stored figure. Nothing is stored. ',
      link(path('evaluations', id), `Back to evaluation ${id}`)),
    el('fieldset', { class: 'withdrawals' }, el('legend', {}, 'Proposed withdrawal of residual interest (the next business day)'),
      withdrawals.map(([pool, input]) => el('label', {}, `${pool} `, input))),
    el('p', {}, el('button', { id: 'save-case', onclick: saveCase }, 'Save as regression case')),
    summary,
    stored.pages.map(page => pageTable(page, cell)));
  recompute();
}
