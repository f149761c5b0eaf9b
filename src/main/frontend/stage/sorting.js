/*
 * The sorting world: a row of cards with numbers or words, the pointer under one card, the two
 * cards just compared outlined with the comparison between them, and two swapped cards trading
 * places over an arc.
 *
 * State: {"cards": [3, 5, 8, 1], "words": false, "pointer": 1, "position": 2, "swaps": 1, "comparisons": 1}
 * The renderer works out what happened from the state before: more comparisons = the cards at
 * pointer and pointer + 1 were compared; more swaps = they were swapped.
 */
import { el, text, fit, transform, pulse, INK, INK_SOFT, ACCENT } from './svg.js';

const PER_ROW = 10;
const GAP = 22;
const HEIGHT = 128;
const TOP = 190;
const ROW = HEIGHT + 230;
const MARGIN = 40;
const COMPARED = '#d97706';
const SWAPPED = '#7c3aed';
const WORDS = new Intl.Collator('en', { sensitivity: 'accent' });

function label(card) {
  return String(card);
}

function order(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.sign(a - b);
  }
  return Math.sign(WORDS.compare(String(a), String(b)));
}

export class SortingRenderer {

  constructor(root, ctx) {
    this.root = root;
    this.t = ctx.t;
    this.deckKey = null;
    this.previous = null;
  }

  get viewBox() {
    return this.size;
  }

  update(state, ctx) {
    const cards = Array.isArray(state.cards) ? state.cards : [];
    const deckKey = JSON.stringify([cards.map(label).sort(), cards.length]);
    if (deckKey !== this.deckKey) {
      this.deckKey = deckKey;
      this.previous = null;
      this.build(cards);
    }
    this.place(state, ctx);
  }

  build(cards) {
    const t = this.t;
    while (this.root.firstChild) {
      this.root.removeChild(this.root.firstChild);
    }
    const longest = Math.max(1, ...cards.map(c => label(c).length));
    this.words = cards.some(c => typeof c !== 'number');
    this.cardWidth = Math.min(260, Math.max(104, longest * (this.words ? 21 : 26) + 36));
    // at most about 1300 wide, so that the cards stay big on a projector
    this.perRow = Math.max(4, Math.min(PER_ROW, Math.floor(1300 / (this.cardWidth + GAP))));
    const perRow = Math.min(this.perRow, Math.max(1, cards.length));
    const rows = Math.ceil(Math.max(1, cards.length) / this.perRow);
    const rowWidth = perRow * (this.cardWidth + GAP) - GAP;
    this.size = [Math.max(760, 2 * MARGIN + rowWidth), TOP + (rows - 1) * ROW + HEIGHT + 172];
    this.left = (this.size[0] - rowWidth) / 2;

    const stats = el('g', { class: 'stats' }, this.root);
    const statsLeft = this.size[0] / 2 - 310;
    this.swaps = this.stat(stats, statsLeft, t('sorting.swaps'), 'swaps');
    this.comparisons = this.stat(stats, statsLeft + 320, t('sorting.comparisons'), 'comparisons');
    this.note = el('g', { class: 'note' }, this.root);
    // the positions stay where they are; the cards move over them
    const places = el('g', { class: 'positions' }, this.root);
    cards.forEach((c, i) => {
      const [x, y] = this.spot(i);
      text(String(i + 1), { x: x + this.cardWidth / 2, y: y + HEIGHT + 30, 'text-anchor': 'middle', 'font-size': 20, 'font-weight': 600,
        fill: INK_SOFT, class: 'card-position' }, places);
    });
    this.cardLayer = el('g', { class: 'cards' }, this.root);
    this.cardEls = cards.map(c => this.card(c));
    this.pointer = el('g', { class: 'pointer', 'data-testid': 'pointer' }, this.root);
    el('path', { d: 'M0 0 L26 34 L9 34 L9 70 L-9 70 L-9 34 L-26 34 Z', fill: ACCENT, stroke: '#ffffff', 'stroke-width': 3,
      'stroke-linejoin': 'round' }, this.pointer);
    fit(text(t('sorting.pointer'), { x: 0, y: 100, 'text-anchor': 'middle', 'font-size': 22, 'font-weight': 800, fill: ACCENT }, this.pointer),
      Math.max(this.cardWidth, 120));
  }

  stat(parent, x, caption, kind) {
    const g = el('g', { class: `stat ${kind}`, transform: `translate(${x} 18)` }, parent);
    el('rect', { x: 0, y: 0, width: 300, height: 84, rx: 14, fill: '#ffffff', stroke: '#c9cfdb', 'stroke-width': 3 }, g);
    fit(text(caption, { x: 18, y: 52, 'font-size': 24, 'font-weight': 700, fill: INK_SOFT }, g), 190);
    const value = text('0', { x: 282, y: 56, 'text-anchor': 'end', 'font-size': 40, 'font-weight': 800, fill: INK }, g);
    return { group: g, value };
  }

  card(value) {
    const g = el('g', { class: 'card', 'data-value': label(value) }, this.cardLayer);
    el('rect', { x: 5, y: 7, width: this.cardWidth, height: HEIGHT, rx: 14, fill: '#000000', opacity: 0.12 }, g);
    const face = el('rect', { x: 0, y: 0, width: this.cardWidth, height: HEIGHT, rx: 14, fill: '#ffffff', stroke: '#334155', 'stroke-width': 3,
      class: 'card-face' }, g);
    const size = typeof value === 'number' ? 48 : 34;
    fit(text(label(value), { x: this.cardWidth / 2, y: HEIGHT / 2 + size * 0.36, 'text-anchor': 'middle', 'font-size': size, 'font-weight': 800,
      fill: INK }, g), this.cardWidth - 20);
    return { value, group: g, face };
  }

  spot(index) {
    const row = Math.floor(index / this.perRow);
    const col = index % this.perRow;
    return [this.left + col * (this.cardWidth + GAP), TOP + row * ROW];
  }

  place(state, ctx) {
    const ms = ctx.ms;
    const cards = Array.isArray(state.cards) ? state.cards : [];
    const pointer = Math.max(0, Math.min(cards.length - 1, Number(state.pointer) || 0));
    const swaps = Number(state.swaps) || 0;
    const comparisons = Number(state.comparisons) || 0;
    const prev = this.previous;

    // the card elements in the new order: each value takes the first unused element showing it
    const unused = [...this.cardEls];
    const ordered = cards.map(c => {
      const i = unused.findIndex(e => label(e.value) === label(c));
      return unused.splice(i < 0 ? 0 : i, 1)[0];
    });
    const swapped = prev && swaps > prev.swaps;
    const compared = prev && comparisons > prev.comparisons && pointer + 1 < cards.length;
    ordered.forEach((card, i) => {
      const [x, y] = this.spot(i);
      const to = `translate(${x}px, ${y}px)`;
      const from = card.group.style.transform;
      let frames = null;
      if (from && from !== to && ms > 0) {
        const oldIndex = this.cardEls.indexOf(card);
        const [ox, oy] = this.spot(oldIndex);
        const lift = x > ox ? -HEIGHT * 0.75 : HEIGHT * 0.45; // one goes over, the other under
        frames = [{ transform: from }, { transform: `translate(${(x + ox) / 2}px, ${(y + oy) / 2 + lift}px)` }, { transform: to }];
      }
      transform(card.group, to, ms, frames);
      card.group.setAttribute('data-index', String(i));
      const isPair = i === pointer || i === pointer + 1;
      const colour = swapped && isPair ? SWAPPED : compared && isPair ? COMPARED : '#334155';
      card.face.setAttribute('stroke', colour);
      card.face.setAttribute('stroke-width', colour === '#334155' ? '3' : '8');
      card.face.setAttribute('fill', i === pointer ? '#fff7ed' : '#ffffff');
      card.group.setAttribute('data-compared', String(Boolean(compared && isPair)));
      card.group.setAttribute('data-swapped', String(Boolean(swapped && isPair)));
    });
    this.cardEls = ordered;
    this.cardLayer.setAttribute('data-order', JSON.stringify(cards.map(label)));

    const [px, py] = this.spot(pointer);
    transform(this.pointer, `translate(${px + this.cardWidth / 2}px, ${py + HEIGHT + 44}px)`, ms);
    this.pointer.setAttribute('data-index', String(pointer));

    // what just happened, over the gap between the two cards
    while (this.note.firstChild) {
      this.note.removeChild(this.note.firstChild);
    }
    if ((swapped || compared) && pointer + 1 < cards.length) {
      const [ax] = this.spot(pointer);
      const [bx, by] = this.spot(pointer + 1);
      const sameRow = by === py;
      const mx = sameRow ? (ax + this.cardWidth + bx) / 2 : ax + this.cardWidth + GAP / 2;
      const g = el('g', { class: swapped ? 'note swap' : 'note compare', transform: `translate(${mx} ${py - 46})` }, this.note);
      el('circle', { r: 34, fill: swapped ? SWAPPED : COMPARED, stroke: '#ffffff', 'stroke-width': 4 }, g);
      if (swapped) {
        el('path', { d: 'M-18 -7 H14 M6 -15 L14 -7 L6 1 M18 7 H-14 M-6 -1 L-14 7 L-6 15', fill: 'none', stroke: '#ffffff', 'stroke-width': 5,
          'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, g);
      } else {
        const sign = ['<', '=', '>'][order(cards[pointer], cards[pointer + 1]) + 1];
        text(sign, { x: 0, y: 15, 'text-anchor': 'middle', 'font-size': 44, 'font-weight': 900, fill: '#ffffff', class: 'comparison' }, g);
        g.setAttribute('data-sign', sign);
      }
    }

    for (const [stat, value] of [[this.swaps, swaps], [this.comparisons, comparisons]]) {
      if (stat.value.textContent !== String(value)) {
        stat.value.textContent = String(value);
        if (prev) {
          pulse(stat.value, ms);
        }
      }
      stat.group.setAttribute('data-value', String(value));
    }
    this.previous = { swaps, comparisons };
  }
}
