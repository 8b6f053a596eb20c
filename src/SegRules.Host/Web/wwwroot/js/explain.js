import { get } from './api.js';
import { el, show, figure, link, path } from './dom.js';

// A formula with each [code] followed by its caption, as text.
function captioned(formula, children) {
  const labels = new Map(children.map(c => [c.key, c.label]));
  const parts = [];
  let last = 0;
  for (const match of formula.matchAll(/\[([^\]]+)\]/g)) {
    parts.push(formula.slice(last, match.index));
    const label = labels.get(match[1]);
    parts.push(el('span', { class: 'ref' }, el('code', {}, match[0]), label ? el('span', { class: 'caption' }, ` ${label}`) : null));
    last = match.index + match[0].length;
  }
  parts.push(formula.slice(last));
  return el('p', { class: 'formula' }, parts);
}

function node(id, tree, open) {
  const value = tree.kind === 'check' ? tree.outcome : tree.value === null ? 'not given' : figure(tree.value);
  const summary = el('summary', {},
    el('code', {}, `[${tree.key}]`), tree.line ? ` line ${tree.line} ` : ' ', el('span', { class: 'label' }, tree.label), ' = ',
    el('strong', { class: `value ${tree.outcome ?? ''}` }, value), tree.source ? el('span', { class: 'muted' }, ` (${tree.source})`) : null);
  const body = [
    tree.formula ? [el('span', { class: 'muted' }, tree.kind === 'check' ? 'when ' : '= '), captioned(tree.formula, tree.children)] : null,
    tree.message ? el('p', {}, tree.message) : null,
    tree.citation ? el('p', { class: 'citation' }, `Rule: ${tree.citation}`) : null,
    tree.truncated ? el('p', { class: 'muted' }, 'Inputs not shown.') : null,
    tree.kind !== 'check' && tree.kind !== 'input' ? el('p', {}, link(path('evaluations', id, 'explain', tree.key), 'Explain from here')) : null,
  ];
  return el('details', { class: `node ${tree.kind}`, 'data-key': tree.key, open: open || null }, summary, body,
    el('div', { class: 'children' }, tree.children.map(child => node(id, child, false))));
}

export async function explainPage(id, key) {
  const tree = await get(`/api/evaluations/${id}/explain/${encodeURIComponent(key)}`);
  const expandAll = el('button', { id: 'expand', onclick: () => document.querySelectorAll('details.node').forEach(d => { d.open = true; }) }, 'Expand all');
  show(
    el('h1', {}, `Explanation of [${tree.key}] `, el('span', { class: 'muted' }, tree.label)),
    el('p', { class: 'actions' }, link(path('evaluations', id), `Back to evaluation ${id}`), ' · ', expandAll),
    el('div', { class: 'tree' }, node(id, tree, true)));
}
