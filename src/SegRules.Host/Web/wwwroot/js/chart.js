import { el, figure, path } from './dom.js';

// One pool's excess and management target over time, drawn as inline SVG: a line of the excess,
// a dashed line of the target, each evaluation a point that opens it; a deficiency (excess below
// zero) and a day below target are marked.
export function poolChart(pool, rows) {
  const width = 720, height = 220, left = 96, right = 16, top = 16, bottom = 36;
  const points = rows.filter(r => r.pools[pool] && r.pools[pool].excess !== null)
    .map(r => ({ row: r, time: Date.parse(r.asOf), ...r.pools[pool] }))
    .sort((a, b) => a.time - b.time);
  const svg = el('svg:svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${pool}: excess against management target`, 'data-pool': pool });
  if (points.length === 0) {
    svg.append(el('svg:text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis' }, 'no figures'));
    return svg;
  }
  const values = points.flatMap(p => [p.excess, p.target ?? p.excess, 0]);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const span = high - low || 1;
  const [first, last] = [points[0].time, points[points.length - 1].time];
  const x = t => left + (last === first ? (width - left - right) / 2 : (t - first) / (last - first) * (width - left - right));
  const y = v => top + (high - v) / span * (height - top - bottom);
  const line = (key, cls) => {
    const drawn = points.filter(p => p[key] !== null);
    return drawn.length ? el('svg:polyline', { class: cls, points: drawn.map(p => `${x(p.time).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ') }) : null;
  };
  svg.append(
    el('svg:line', { class: 'zero', x1: left, x2: width - right, y1: y(0), y2: y(0) }),
    el('svg:text', { class: 'axis', x: left - 6, y: y(high) + 4, 'text-anchor': 'end' }, figure(high)),
    el('svg:text', { class: 'axis', x: left - 6, y: y(low) + 4, 'text-anchor': 'end' }, figure(low)),
    el('svg:text', { class: 'axis', x: left, y: height - 8 }, points[0].row.asOf),
    el('svg:text', { class: 'axis', x: width - right, y: height - 8, 'text-anchor': 'end' }, points[points.length - 1].row.asOf),
    line('target', 'target'),
    line('excess', 'excess'));
  for (const p of points) {
    const state = p.excess < 0 ? 'deficiency' : p.overTarget !== null && p.overTarget < 0 ? 'below-target' : 'ok';
    const title = `${p.row.asOf} evaluation ${p.row.id}: excess ${figure(p.excess)}${p.target !== null ? `, target ${figure(p.target)}` : ''}${state === 'ok' ? '' : ` (${state.replace('-', ' ')})`}`;
    const mark = state === 'ok'
      ? el('svg:circle', { cx: x(p.time), cy: y(p.excess), r: 5 })
      : el('svg:rect', { x: x(p.time) - 6, y: y(p.excess) - 6, width: 12, height: 12 });
    svg.append(el('svg:a', { href: path('evaluations', p.row.id), class: `point ${state}`, 'data-id': p.row.id }, mark, el('svg:title', {}, title)));
  }
  return svg;
}
