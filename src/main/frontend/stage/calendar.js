/*
 * The calendar world: a week wheel with seven segments that turns under a fixed pointer (a flag
 * marks the day the count started from), the day it shows, a counter of the days turned so far,
 * and the answer box.
 *
 * State: {"day": "Wednesday", "dayIndex": 2, "week": ["Monday", …, "Sunday"], "turned": 3,
 *         "answered": true, "answer": "Wednesday"}
 */
import { el, text, fit, transform, pulse, popIn, badge, INK, HIGHLIGHT, GOOD } from './svg.js';

const WIDTH = 900;
const HEIGHT = 540;
const CX = 275;
const CY = 290;
const R = 225;
const HUB = 62;
/** One pastel per day (dark text on all of them); the weekend shares a warmer one. */
const DAY_FILLS = ['#dcebff', '#e2f5e4', '#fff1d6', '#efe3fb', '#d9f3f2', '#fde2e7', '#fde2e7'];

function point(radius, degrees) {
  const rad = (degrees * Math.PI) / 180;
  return [radius * Math.sin(rad), -radius * Math.cos(rad)];
}

export class CalendarRenderer {

  constructor(root, ctx) {
    this.root = root;
    this.t = ctx.t;
    this.rotation = null;
    this.previous = null;
    this.build();
  }

  get viewBox() {
    return [WIDTH, HEIGHT];
  }

  build() {
    const t = this.t;
    const at = el('g', { transform: `translate(${CX} ${CY})` }, this.root);
    el('circle', { r: R + 14, fill: '#3b4a6b' }, at);
    this.wheel = el('g', { class: 'wheel', 'data-testid': 'wheel' }, at);
    this.segments = [];
    const step = 360 / 7;
    for (let i = 0; i < 7; i++) {
      const g = el('g', { class: 'segment' }, this.wheel);
      const [x1, y1] = point(R, (i - 0.5) * step);
      const [x2, y2] = point(R, (i + 0.5) * step);
      const path = el('path', {
        d: `M0 0 L${x1.toFixed(2)} ${y1.toFixed(2)} A${R} ${R} 0 0 1 ${x2.toFixed(2)} ${y2.toFixed(2)} Z`,
        fill: DAY_FILLS[i], stroke: '#3b4a6b', 'stroke-width': 4, class: 'segment-shape',
      }, g);
      // the day's name stays upright while the wheel turns: its group turns back as much as the wheel turns
      const [lx, ly] = point(R * 0.6, i * step);
      const at = el('g', { transform: `translate(${lx.toFixed(2)} ${ly.toFixed(2)})` }, g);
      const upright = el('g', { class: 'upright' }, at);
      const name = text('', { x: 0, y: 0, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': 34,
        'font-weight': 800, fill: INK, class: 'segment-label' }, upright);
      // the start flag, on the rim of the day the count started from
      const flag = el('g', { class: 'start-flag', transform: `rotate(${(i * step).toFixed(3)}) translate(-4 ${-R + 8})`, visibility: 'hidden' }, g);
      el('line', { x1: 0, y1: 0, x2: 0, y2: 40, stroke: '#14532d', 'stroke-width': 5, 'stroke-linecap': 'round' }, flag);
      el('path', { d: 'M2 2 L34 11 L2 20 Z', fill: '#16a34a', stroke: '#14532d', 'stroke-width': 3, 'stroke-linejoin': 'round' }, flag);
      this.segments.push({ group: g, path, name, upright, flag, index: i });
    }
    el('circle', { r: HUB, fill: '#ffffff', stroke: '#3b4a6b', 'stroke-width': 5 }, at);
    // a turning arrow on the hub: the way the wheel turns to reach the next day
    el('path', { d: 'M-30 8 A32 32 0 1 1 10 30', fill: 'none', stroke: '#3b4a6b', 'stroke-width': 7, 'stroke-linecap': 'round' }, at);
    el('path', { d: 'M-44 2 L-30 22 L-16 2 Z', fill: '#3b4a6b' }, at);

    // the pointer: fixed at the top, pointing down at the day the wheel shows
    const pointer = el('g', { class: 'pointer', transform: `translate(${CX} ${CY - R - 8})` }, this.root);
    el('path', { d: 'M-34 -46 L34 -46 L0 26 Z', fill: '#c2410c', stroke: '#ffffff', 'stroke-width': 5, 'stroke-linejoin': 'round' }, pointer);

    this.shows = badge(this.root, 575, 26, 300, 150, t('calendar.shows'), '', { className: 'badge shows', fill: '#fff7d1', stroke: '#b7791f' });
    this.turned = badge(this.root, 575, 196, 300, 150, t('calendar.turned'), '0', { className: 'badge turned', valueSize: 64 });
    this.answerBadge = badge(this.root, 575, 366, 300, 150, t('calendar.answer'), t('calendar.no-answer'), { className: 'badge answer' });
    this.answerBox = this.answerBadge.group.querySelector('rect');
  }

  update(state, ctx) {
    const t = ctx.t;
    const ms = ctx.ms;
    const week = Array.isArray(state.week) && state.week.length === 7 ? state.week : [];
    this.segments.forEach((s, i) => {
      s.name.textContent = t(`calendar.short.${week[i]}`);
      fit(s.name, 100);
    });
    const index = Number(state.dayIndex) || 0;
    const step = 360 / 7;
    if (this.rotation === null) {
      this.rotation = -index * step;
    } else if (this.previous) {
      let forward = (((index - this.previous.dayIndex) % 7) + 7) % 7;
      const turned = (state.turned ?? 0) - (this.previous.turned ?? 0);
      if (turned < 0 && forward > 0) {
        forward -= 7; // stepping back through a run: turn the wheel back
      } else if (turned === 0 && forward > 3) {
        forward -= 7;
      }
      this.rotation -= forward * step;
    }
    transform(this.wheel, `rotate(${this.rotation.toFixed(3)}deg)`, ms);
    this.segments.forEach(s => transform(s.upright, `rotate(${(-this.rotation).toFixed(3)}deg)`, ms));
    const start = ((index - (Number(state.turned) || 0)) % 7 + 7) % 7;
    this.wheel.setAttribute('data-day-index', String(index));
    this.wheel.setAttribute('data-day', week[index] || '');
    this.segments.forEach((s, i) => {
      const current = i === index;
      s.group.setAttribute('data-current', String(current));
      s.group.setAttribute('data-day', week[i] || '');
      s.flag.setAttribute('visibility', i === start ? 'visible' : 'hidden');
      s.group.setAttribute('data-start', String(i === start));
      s.path.setAttribute('fill', current ? HIGHLIGHT : DAY_FILLS[i]);
      s.path.setAttribute('stroke-width', current ? '7' : '4');
      if (current) {
        s.group.parentNode.appendChild(s.group); // drawn last, so its thick border is on top
      }
    });

    const shows = t(`calendar.day.${week[index]}`);
    if (this.shows.value.textContent !== shows) {
      this.shows.value.textContent = shows;
      fit(this.shows.value, 270);
    }
    this.shows.group.setAttribute('data-day', week[index] || '');

    const turned = String(state.turned ?? 0);
    if (this.turned.value.textContent !== turned) {
      this.turned.value.textContent = turned;
      if (this.previous) {
        pulse(this.turned.value, ms);
      }
    }
    this.turned.group.setAttribute('data-value', turned);

    const answered = state.answered === true && typeof state.answer === 'string';
    const answerText = answered ? t(`calendar.day.${state.answer}`) : t('calendar.no-answer');
    if (this.answerBadge.value.textContent !== answerText) {
      this.answerBadge.value.textContent = answerText;
      fit(this.answerBadge.value, 270);
      if (answered) {
        popIn(this.answerBadge.value, ms);
      }
    }
    this.answerBadge.group.setAttribute('data-answer', answered ? state.answer : '');
    this.answerBadge.value.setAttribute('fill', answered ? GOOD : '#6b7280');
    this.answerBox.setAttribute('stroke', answered ? GOOD : '#c9cfdb');
    this.answerBox.setAttribute('fill', answered ? '#e8f6ee' : '#ffffff');
    this.previous = { dayIndex: index, turned: state.turned ?? 0 };
  }
}
