/*
 * The answer world (word problems): no scene, but the inputs as labelled cards going into the
 * program, and the answer coming out into the answer box.
 *
 * State: {"inputs": {"celsius": 100}, "answered": true, "answer": 212, "answerText": "212"}
 */
import { el, text, fit, clear, popIn, INK, INK_SOFT, GOOD } from './svg.js';

const CARD_W = 270;
const CARD_H = 116;
const PER_COLUMN = 4;
const TAG = '#a5517f';

/** A value as the variables panel shows it: 212, "Ana", true, [1, 2]. */
export function shown(value) {
  if (typeof value === 'string') {
    return `"${value}"`;
  }
  if (Array.isArray(value)) {
    return `[${value.map(shown).join(', ')}]`;
  }
  return String(value);
}

export class AnswerRenderer {

  constructor(root, ctx) {
    this.root = root;
    this.t = ctx.t;
    this.size = [900, 420];
    this.previousAnswer = null;
  }

  get viewBox() {
    return this.size;
  }

  update(state, ctx) {
    const t = ctx.t;
    clear(this.root);
    const inputs = state.inputs && typeof state.inputs === 'object' ? Object.entries(state.inputs) : [];
    const columns = Math.max(1, Math.ceil(inputs.length / PER_COLUMN));
    const rows = Math.max(1, Math.min(PER_COLUMN, inputs.length));
    const inputsWidth = inputs.length === 0 ? 0 : columns * (CARD_W + 20) + 20;
    const machineX = inputsWidth + 70;
    const answerX = machineX + 250;
    const height = Math.max(360, 90 + rows * (CARD_H + 22));
    this.size = [answerX + 320, height];
    const midY = 60 + (height - 60) / 2;

    if (inputs.length > 0) {
      fit(text(t('answer.inputs'), { x: 24, y: 44, 'font-size': 26, 'font-weight': 800, fill: INK }, this.root), inputsWidth);
    }
    const cards = el('g', { class: 'inputs' }, this.root);
    inputs.forEach(([name, value], i) => {
      const x = 20 + Math.floor(i / PER_COLUMN) * (CARD_W + 20);
      const y = 64 + (i % PER_COLUMN) * (CARD_H + 22);
      const g = el('g', { class: 'input', 'data-name': name, 'data-value': shown(value), transform: `translate(${x} ${y})` }, cards);
      el('rect', { x: 0, y: 0, width: CARD_W, height: CARD_H, rx: 16, fill: '#ffffff', stroke: TAG, 'stroke-width': 4 }, g);
      el('rect', { x: 0, y: 0, width: CARD_W, height: 42, rx: 16, fill: TAG }, g);
      el('rect', { x: 0, y: 26, width: CARD_W, height: 16, fill: TAG }, g);
      fit(text(name, { x: 16, y: 30, 'font-size': 24, 'font-weight': 800, fill: '#ffffff' }, g), CARD_W - 32);
      fit(text(shown(value), { x: CARD_W / 2, y: 96, 'text-anchor': 'middle', 'font-size': 40, 'font-weight': 800, fill: INK }, g), CARD_W - 28);
      // an arrow from the card to the program
      el('path', { d: `M${CARD_W + 4} ${CARD_H / 2} L${machineX - x - 14} ${midY - y}`, stroke: '#c9cfdb', 'stroke-width': 5,
        'stroke-dasharray': '4 8', 'stroke-linecap': 'round', fill: 'none' }, g);
    });

    // the program, drawn as a machine with a gear
    const machine = el('g', { class: 'machine', transform: `translate(${machineX} ${midY})` }, this.root);
    el('rect', { x: 0, y: -80, width: 180, height: 160, rx: 24, fill: '#e0e7ff', stroke: '#4338ca', 'stroke-width': 4 }, machine);
    const gear = el('g', { transform: 'translate(90 -12)' }, machine);
    const teeth = [];
    for (let i = 0; i < 8; i++) {
      const a = (i * Math.PI) / 4;
      teeth.push(`M${(30 * Math.cos(a)).toFixed(1)} ${(30 * Math.sin(a)).toFixed(1)} L${(44 * Math.cos(a)).toFixed(1)} ${(44 * Math.sin(a)).toFixed(1)}`);
    }
    el('path', { d: teeth.join(' '), stroke: '#4338ca', 'stroke-width': 14, 'stroke-linecap': 'round' }, gear);
    el('circle', { r: 32, fill: '#4338ca' }, gear);
    el('circle', { r: 12, fill: '#e0e7ff' }, gear);
    fit(text(t('answer.program'), { x: 90, y: 62, 'text-anchor': 'middle', 'font-size': 20, 'font-weight': 800, fill: '#312e81' }, machine), 164);
    el('path', { d: 'M196 0 H236 M224 -12 L238 0 L224 12', stroke: '#4338ca', 'stroke-width': 6, fill: 'none', 'stroke-linecap': 'round',
      'stroke-linejoin': 'round' }, machine);

    // the answer box
    const answered = state.answered === true;
    const box = el('g', { class: 'answer-box', transform: `translate(${answerX} ${midY})`, 'data-answered': String(answered) }, this.root);
    fit(text(t('answer.answer'), { x: 150, y: -96, 'text-anchor': 'middle', 'font-size': 26, 'font-weight': 800, fill: INK }, box), 280);
    el('rect', { x: 0, y: -76, width: 300, height: 152, rx: 20, fill: answered ? '#e8f6ee' : '#ffffff', stroke: answered ? GOOD : '#9ca3af',
      'stroke-width': answered ? 5 : 4, 'stroke-dasharray': answered ? null : '12 9' }, box);
    const value = answered ? String(state.answerText ?? shown(state.answer)) : '?';
    const inner = el('g', {}, box);
    const shownValue = fit(text(value, { x: 150, y: 20, 'text-anchor': 'middle', 'font-size': answered ? 54 : 64, 'font-weight': 900,
      fill: answered ? GOOD : INK_SOFT, class: 'answer-value' }, inner), 270);
    box.setAttribute('data-value', answered ? value : '');
    if (answered && this.previousAnswer !== value) {
      popIn(inner, ctx.ms);
    }
    this.previousAnswer = answered ? value : null;
    void shownValue;
  }
}
