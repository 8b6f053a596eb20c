// The workspace's pages: each address (path and query) names one view and all its state, so an
// analyst can send a colleague the exact view. Every page is built from the JSON API.
import { ApiError, setToken } from './api.js';
import { el, show, problem } from './dom.js';
import { homePage } from './home.js';
import { statementPage } from './statement.js';
import { explainPage } from './explain.js';
import { historyPage } from './history.js';
import { rulesPage, versionPage, diffPage } from './rules.js';
import { whatIfPage } from './whatif.js';
import { driftPage } from './drift.js';

const routes = [
  [/^\/$/, () => homePage()],
  [/^\/evaluations\/(\d+)$/, m => statementPage(m[1])],
  [/^\/evaluations\/(\d+)\/explain\/([^/]+)$/, m => explainPage(m[1], decodeURIComponent(m[2]))],
  [/^\/evaluations\/(\d+)\/what-if$/, m => whatIfPage(m[1])],
  [/^\/history$/, () => historyPage()],
  [/^\/rules$/, () => rulesPage()],
  [/^\/rules\/([^/]+)\/diff\/([^/]+)\/([^/]+)$/, m => diffPage(...m.slice(1, 4).map(decodeURIComponent))],
  [/^\/rules\/([^/]+)\/([^/]+)$/, m => versionPage(decodeURIComponent(m[1]), decodeURIComponent(m[2]))],
  [/^\/drift$/, () => driftPage()],
];

function askToken() {
  const input = el('input', { type: 'password', name: 'token', 'aria-label': 'token', autocomplete: 'off' });
  show(el('form', {
    class: 'token',
    onsubmit: event => { event.preventDefault(); setToken(input.value); route(); },
  }, el('h1', {}, 'This workspace needs its token'), el('p', {}, 'Ask whoever started segrules serve for it.'), input, el('button', {}, 'Continue')));
}

async function route() {
  const found = routes.map(([pattern, page]) => [location.pathname.match(pattern), page]).find(([m]) => m);
  try {
    if (!found) {
      show(el('h1', {}, 'No such page'), el('p', {}, 'Start from ', el('a', { href: '/' }, 'the workspace'), '.'));
      return;
    }
    await found[1](found[0]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) askToken();
    else if (error instanceof ApiError) show(problem(error.body));
    else show(problem({ error: String(error), diagnostics: [] }));
  }
}

for (const a of document.querySelectorAll('header nav a')) {
  if (a.getAttribute('href') === '/' ? location.pathname === '/' : location.pathname.startsWith(a.getAttribute('href'))) a.classList.add('here');
}

route();
