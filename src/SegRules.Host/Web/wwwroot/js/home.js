import { upload, ApiError } from './api.js';
import { el, show, problem, path } from './dom.js';

// Drop or paste a balances file or a filing's text; it is evaluated, stored, and its statement opened.
export function homePage() {
  const result = el('div', { id: 'result' });
  const store = el('input', { type: 'checkbox', id: 'store', checked: true });
  const fileInput = el('input', { type: 'file', id: 'file', accept: '.yaml,.yml,.json,.csv,.xlsx,.txt' });
  const pasted = el('textarea', { id: 'paste', rows: 10, placeholder: 'firm: …\nas_of: 2017-12-26\nvalues:\n  7010: 3436213699', spellcheck: 'false' });
  const kind = el('select', { id: 'paste-kind', 'aria-label': 'format of the pasted text' },
    el('option', { value: 'yaml' }, 'YAML balances'), el('option', { value: 'json' }, 'JSON balances'),
    el('option', { value: 'csv' }, 'CSV table'), el('option', { value: 'txt' }, "a filing's text"));

  async function evaluate(file) {
    result.replaceChildren(el('p', { class: 'muted' }, `Evaluating ${file.name}…`));
    try {
      const statement = await upload(file, store.checked);
      if (statement.stored) location.assign(path('evaluations', statement.stored.id));
      else result.replaceChildren(el('p', {}, `${statement.firm} ${statement.asOf}: 7190 = `, el('strong', {}, String(statement.lines['7190'] ?? '')), ' (not stored)'));
    } catch (error) {
      if (error instanceof ApiError && error.status !== 401) result.replaceChildren(problem(error.body));
      else throw error;
    }
  }

  const drop = el('div', {
    class: 'drop', id: 'drop', tabindex: 0,
    ondragover: event => { event.preventDefault(); drop.classList.add('over'); },
    ondragleave: () => drop.classList.remove('over'),
    ondrop: event => { event.preventDefault(); drop.classList.remove('over'); if (event.dataTransfer.files[0]) evaluate(event.dataTransfer.files[0]); },
  }, el('p', {}, 'Drop a balances file here (YAML, JSON, CSV, xlsx) or a filing\'s text (.txt), or choose one: '), fileInput);
  fileInput.addEventListener('change', () => fileInput.files[0] && evaluate(fileInput.files[0]));

  show(
    el('h1', {}, 'Evaluate a statement'),
    drop,
    el('p', {}, el('label', { for: 'store' }, store, ' Store the evaluation (shared with the segrules command line)')),
    el('h2', {}, 'Or paste it'),
    pasted,
    el('p', {}, kind, ' ', el('button', {
      id: 'evaluate-paste',
      onclick: () => evaluate(new File([pasted.value], `pasted.${kind.value}`, { type: 'text/plain' })),
    }, 'Evaluate')),
    result);
}
