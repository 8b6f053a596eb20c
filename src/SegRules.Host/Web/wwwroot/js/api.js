// The workspace's JSON API: the same objects the command line prints with --format json.
const TOKEN = 'segrules-token';

export class ApiError extends Error {
  constructor(status, body) {
    super(body.error || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

function headers(extra = {}) {
  const token = sessionStorage.getItem(TOKEN);
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  if (response.ok) return type.includes('json') ? response.json() : response.text();
  const body = type.includes('json') ? await response.json() : { error: `HTTP ${response.status}`, diagnostics: [] };
  throw new ApiError(response.status, body);
}

export async function get(url) {
  return answer(await fetch(url, { headers: headers() }));
}

export async function post(url, body) {
  return answer(await fetch(url, { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) }));
}

export async function upload(file, store) {
  const form = new FormData();
  form.append('file', file);
  return answer(await fetch(`/api/evaluations${store ? '' : '?store=false'}`, { method: 'POST', headers: headers(), body: form }));
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN, token);
}
