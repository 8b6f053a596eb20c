// Building the page: every piece of text goes in as a text node, never as markup, so a firm's name,
// a label or a message from a rule file can never become HTML.
const SVG = 'http://www.w3.org/2000/svg';

export function el(tag, attributes = {}, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  return main;
}

const dollars = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

// As the filed statement prints figures: thousands separators, cents only when there are any.
export function figure(value) {
  return value === null || value === undefined ? '' : dollars.format(value);
}

export function signed(value) {
  return (value > 0 ? '+' : '') + figure(value);
}

export function link(href, ...children) {
  return el('a', { href }, ...children);
}

export function path(...segments) {
  return '/' + segments.map(s => encodeURIComponent(String(s))).join('/');
}

export function problem(error) {
  const list = (error.diagnostics || []).map(d =>
    el('li', {}, el('code', {}, `${d.file ?? ''}${d.line ? `(${d.line},${d.column})` : ''}`), ' ', el('strong', {}, d.id), ': ', d.message));
  return el('section', { class: 'problem', role: 'alert' }, el('p', {}, error.error), list.length ? el('ul', {}, list) : null);
}
