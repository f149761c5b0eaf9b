/*
 * The pattern world: the pattern to make on a card at the top, the row of beads on a string
 * below it, a tick or a cross under every bead placed (does it match the pattern?), and the
 * beads there are to choose from. Every colour also has its own shape and letter, so the beads
 * can be told apart without seeing colours.
 *
 * State: {"beads": ["red", "blue"], "target": ["red", "blue", "red"], "colours": ["red", "blue"],
 *         "count": 2, "length": 3, "full": false}
 */
import { el, text, clear, popIn, INK, INK_SOFT, GOOD, BAD, fit } from './svg.js';

const PER_ROW = 10;
const PITCH = 80;
const LEFT = 210;
const CHUNK = 270;
const TOP = 24;

/** Fill, outline, letter colour (contrast at least 4.5:1 with the fill) and shape of each bead colour. */
export const BEADS = {
  red: { fill: '#d62839', stroke: '#7a0d19', ink: '#ffffff', shape: 'circle' },
  blue: { fill: '#1d5fd1', stroke: '#0b2c6b', ink: '#ffffff', shape: 'square' },
  yellow: { fill: '#f7c948', stroke: '#8a6500', ink: '#1d2433', shape: 'triangle' },
  green: { fill: '#157347', stroke: '#073d24', ink: '#ffffff', shape: 'diamond' },
  purple: { fill: '#7e3fb0', stroke: '#3d1461', ink: '#ffffff', shape: 'hexagon' },
  orange: { fill: '#f08c1a', stroke: '#8a4b00', ink: '#1d2433', shape: 'star' },
};

function polygon(count, radius, rotation = 0, inner = null) {
  const points = [];
  const n = inner === null ? count : count * 2;
  for (let i = 0; i < n; i++) {
    const r = inner !== null && i % 2 === 1 ? inner : radius;
    const a = rotation + (2 * Math.PI * i) / n;
    points.push(`${(r * Math.sin(a)).toFixed(1)},${(-r * Math.cos(a)).toFixed(1)}`);
  }
  return points.join(' ');
}

/** One bead centred on 0 0, about 2*r across, with its letter. */
export function bead(parent, colour, r, t, attrs = {}) {
  const spec = BEADS[colour] || { fill: '#9ca3af', stroke: '#374151', ink: '#1d2433', shape: 'circle' };
  const g = el('g', { class: 'bead', 'data-colour': colour, ...attrs }, parent);
  el('title', {}, g).textContent = t(`pattern.colour.${colour}`);
  const style = { fill: spec.fill, stroke: spec.stroke, 'stroke-width': 3, 'stroke-linejoin': 'round', class: 'bead-shape' };
  let letterY = 0;
  switch (spec.shape) {
    case 'square':
      el('rect', { x: -r * 0.88, y: -r * 0.88, width: r * 1.76, height: r * 1.76, rx: r * 0.22, ...style }, g);
      break;
    case 'triangle':
      el('polygon', { points: polygon(3, r * 1.18), ...style, transform: `translate(0 ${r * 0.2})` }, g);
      letterY = r * 0.32;
      break;
    case 'diamond':
      el('polygon', { points: polygon(4, r * 1.05), ...style }, g);
      break;
    case 'hexagon':
      el('polygon', { points: polygon(6, r, Math.PI / 6), ...style }, g);
      break;
    case 'star':
      el('polygon', { points: polygon(5, r * 1.12, 0, r * 0.62), ...style }, g);
      letterY = r * 0.08;
      break;
    default:
      el('circle', { r, ...style }, g);
  }
  text(t(`pattern.letter.${colour}`), {
    x: 0, y: letterY, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': r * 0.8, 'font-weight': 900,
    fill: spec.ink, 'pointer-events': 'none',
  }, g);
  return g;
}

function mark(parent, ok) {
  const g = el('g', { class: ok ? 'mark match' : 'mark mismatch' }, parent);
  el('circle', { r: 15, fill: ok ? GOOD : BAD, stroke: '#ffffff', 'stroke-width': 3 }, g);
  if (ok) {
    el('path', { d: 'M-7 0 L-2 6 L8 -6', fill: 'none', stroke: '#ffffff', 'stroke-width': 4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, g);
  } else {
    el('path', { d: 'M-6 -6 L6 6 M6 -6 L-6 6', fill: 'none', stroke: '#ffffff', 'stroke-width': 4, 'stroke-linecap': 'round' }, g);
  }
  return g;
}

export class PatternRenderer {

  constructor(root, ctx) {
    this.root = root;
    this.t = ctx.t;
    this.previousCount = null;
    this.key = null;
    this.size = [800, 400];
  }

  get viewBox() {
    return this.size;
  }

  update(state, ctx) {
    const t = ctx.t;
    const beads = Array.isArray(state.beads) ? state.beads : [];
    const target = Array.isArray(state.target) ? state.target : [];
    const colours = Array.isArray(state.colours) ? state.colours : [];
    const key = JSON.stringify([target, colours]);
    if (key !== this.key) {
      this.key = key;
      this.previousCount = null;
    }
    clear(this.root);
    const length = Math.max(target.length, beads.length);
    const perRow = Math.min(PER_ROW, Math.max(1, length));
    const chunks = Math.max(1, Math.ceil(length / PER_ROW));
    const width = LEFT + perRow * PITCH + 30;
    const trayTop = TOP + chunks * CHUNK;
    this.size = [Math.max(width, 760), trayTop + 130];

    const targetRow = el('g', { class: 'target-row' }, this.root);
    const row = el('g', { class: 'bead-row' }, this.root);
    row.setAttribute('data-count', String(beads.length));
    targetRow.setAttribute('data-length', String(target.length));

    for (let k = 0; k < chunks; k++) {
      const y = TOP + k * CHUNK;
      const n = Math.min(PER_ROW, length - k * PER_ROW);
      // the pattern card
      el('rect', { x: LEFT - 16, y, width: n * PITCH + 12, height: 96, rx: 14, fill: '#eef2ff', stroke: '#6366f1', 'stroke-width': 3 }, targetRow);
      // the string the beads go on
      el('line', { x1: LEFT - 24, y1: y + 168, x2: LEFT + n * PITCH + 4, y2: y + 168, stroke: '#8b6f47', 'stroke-width': 5,
        'stroke-linecap': 'round' }, row);
      if (k === 0) {
        fit(text(t('pattern.target'), { x: LEFT - 30, y: y + 56, 'text-anchor': 'end', 'font-size': 24, 'font-weight': 800, fill: INK }, this.root), LEFT - 40);
        fit(text(t('pattern.row'), { x: LEFT - 30, y: y + 176, 'text-anchor': 'end', 'font-size': 24, 'font-weight': 800, fill: INK }, this.root), LEFT - 40);
      }
    }

    for (let i = 0; i < length; i++) {
      const k = Math.floor(i / PER_ROW);
      const cx = LEFT + (i % PER_ROW) * PITCH + PITCH / 2 - 10;
      const y = TOP + k * CHUNK;
      if (i < target.length) {
        bead(targetRow, target[i], 27, t, { transform: `translate(${cx} ${y + 48})`, 'data-index': i });
      }
      if (i < beads.length) {
        const ok = beads[i] === target[i];
        if (!ok) {
          el('rect', { x: cx - PITCH / 2 + 4, y: y + 4, width: PITCH - 8, height: 234, rx: 12, fill: 'none', stroke: BAD,
            'stroke-width': 4, 'stroke-dasharray': '10 7', class: 'mismatch-frame' }, row);
        }
        const place = el('g', { transform: `translate(${cx} ${y + 168})` }, row);
        const placed = bead(place, beads[i], 30, t, { 'data-index': i, 'data-match': String(ok) });
        if (this.previousCount !== null && i >= this.previousCount) {
          popIn(placed, ctx.ms);
        }
        const m = mark(row, ok);
        m.setAttribute('transform', `translate(${cx} ${y + 218})`);
      } else {
        el('circle', { cx, cy: y + 168, r: 26, fill: '#ffffff', stroke: '#9ca3af', 'stroke-width': 3, 'stroke-dasharray': '6 6',
          class: 'empty-slot' }, row);
        if (i === beads.length) {
          // the next bead goes here
          el('path', { d: `M${cx} ${y + 206} l-14 22 h28 Z`, fill: '#c2410c', class: 'next-slot' }, row);
        }
      }
    }
    this.previousCount = beads.length;

    // the beads to choose from, and how far the row is
    const tray = el('g', { class: 'tray', transform: `translate(24 ${trayTop + 10})` }, this.root);
    const trayWidth = 120 + colours.length * 74;
    el('rect', { x: 0, y: 0, width: Math.max(trayWidth, 300), height: 100, rx: 16, fill: '#ffffff', stroke: '#c9cfdb', 'stroke-width': 3 }, tray);
    fit(text(t('pattern.colours'), { x: 18, y: 30, 'font-size': 20, 'font-weight': 700, fill: INK_SOFT }, tray), Math.max(trayWidth, 300) - 36);
    colours.forEach((c, i) => bead(tray, c, 21, t, { transform: `translate(${44 + i * 74} 66)` }));
    const done = beads.length >= target.length && target.length > 0;
    const count = el('g', { class: 'count', transform: `translate(${this.size[0] - 24} ${trayTop + 10})`, 'data-count': beads.length }, this.root);
    el('rect', { x: -230, y: 0, width: 230, height: 100, rx: 16, fill: done ? '#e8f6ee' : '#ffffff', stroke: done ? GOOD : '#c9cfdb', 'stroke-width': 3 }, count);
    fit(text(t('pattern.count', beads.length, target.length), { x: -115, y: 64, 'text-anchor': 'middle', 'font-size': 34, 'font-weight': 800,
      fill: INK }, count), 206);
  }
}
