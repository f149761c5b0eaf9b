/*
 * <stepwise-stage>: draws the state of a micro-world as an SVG picture and animates the change
 * from one step to the next.
 *
 *   stage.labels = {"calendar.turned": "Days turned", …}   // translated texts, see docs/stage.md
 *   stage.animationMillis = 400;                           // 0 = no animation
 *   stage.show('calendar', '{"day": "Tuesday", …}', 'The wheel shows Tuesday.');
 *   // or stage.scene = {world: 'calendar', state: {…}, description: '…'}
 *
 * The description is the SVG's <title> and is read out by screen readers (an aria-live region).
 * With prefers-reduced-motion, nothing moves. Every text shown comes from the labels.
 */
import { SVG_NS, clear, el, text, translate, INK, PAPER } from './svg.js';
import { CalendarRenderer } from './calendar.js';
import { BuildingRenderer } from './building.js';
import { PatternRenderer } from './pattern.js';
import { SortingRenderer } from './sorting.js';
import { AnswerRenderer } from './answer.js';

/** The renderer of each world type, by the id exercise files use. Add a world here. */
export const RENDERERS = {
  calendar: CalendarRenderer,
  building: BuildingRenderer,
  pattern: PatternRenderer,
  sorting: SortingRenderer,
  answer: AnswerRenderer,
};

const STYLE = `
  :host { display: block; position: relative; min-height: 120px; color: ${INK};
          font-family: "Nunito", "Trebuchet MS", system-ui, sans-serif; }
  :host([hidden]) { display: none; }
  .frame { width: 100%; height: 100%; background: ${PAPER}; border-radius: 16px; box-sizing: border-box;
           border: 2px solid #e5e1d6; overflow: hidden; }
  svg { display: block; width: 100%; height: 100%; max-height: inherit; }
  .live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%);
          white-space: nowrap; }
  text { user-select: none; }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;

let titleIds = 0;

class StepwiseStage extends HTMLElement {

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const frame = document.createElement('div');
    frame.className = 'frame';
    this._svg = document.createElementNS(SVG_NS, 'svg');
    this._svg.setAttribute('role', 'img');
    this._svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    this._svg.setAttribute('viewBox', '0 0 800 450');
    const titleId = `stepwise-stage-title-${++titleIds}`;
    this._title = el('title', { id: titleId }, this._svg);
    this._svg.setAttribute('aria-labelledby', titleId);
    this._root = el('g', { class: 'world' }, this._svg);
    frame.appendChild(this._svg);
    this._live = document.createElement('div');
    this._live.className = 'live';
    this._live.setAttribute('aria-live', 'polite');
    this._live.setAttribute('role', 'status');
    shadow.append(style, frame, this._live);

    this._labels = {};
    this._animationMillis = 400;
    this._scene = null;
    this._renderer = null;
    this._rendererWorld = null;
    this._pending = false;
    this._reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  }

  connectedCallback() {
    // properties set by the server before this element was defined hide the setters: replay them
    for (const name of ['labels', 'animationMillis', 'scene']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._schedule();
  }

  /** Translated texts by key ("calendar.day.Monday" …); changing them redraws the world. */
  get labels() {
    return this._labels;
  }

  set labels(value) {
    this._labels = value && typeof value === 'object' ? value : {};
    this._renderer = null;
    this._schedule();
  }

  /** How long a change from one step to the next takes, in milliseconds; 0 = at once. */
  get animationMillis() {
    return this._animationMillis;
  }

  set animationMillis(value) {
    const ms = Number(value);
    this._animationMillis = Number.isFinite(ms) && ms > 0 ? ms : 0;
  }

  /** The duration really used: 0 when the reader asked for reduced motion. */
  get effectiveMillis() {
    return this._reducedMotion && this._reducedMotion.matches ? 0 : this._animationMillis;
  }

  get scene() {
    return this._scene;
  }

  /** {world, state, description}; state may be an object or its JSON text. */
  set scene(value) {
    if (value && typeof value.state === 'string') {
      value = { ...value, state: JSON.parse(value.state) };
    }
    this._scene = value || null;
    this._schedule();
  }

  /** Shows a world's state: show('sorting', '{"cards": [3, 5], …}', 'The cards are 3, 5. …'). */
  show(world, state, description) {
    this.scene = { world, state, description };
  }

  _schedule() {
    if (!this._pending) {
      this._pending = true;
      queueMicrotask(() => {
        this._pending = false;
        this._render();
      });
    }
  }

  _render() {
    const scene = this._scene;
    const description = scene && scene.description ? String(scene.description) : '';
    this._title.textContent = description;
    if (this._live.textContent !== description) {
      this._live.textContent = description;
    }
    const t = (key, ...args) => translate(this._labels, key, ...args);
    const ctx = { t, ms: this.effectiveMillis };
    const world = scene ? String(scene.world) : null;
    this.setAttribute('world', world || '');
    if (!scene) {
      this._renderer = null;
      clear(this._root);
      return;
    }
    const Renderer = RENDERERS[world];
    if (!Renderer) {
      this._renderer = null;
      this._rendererWorld = null;
      clear(this._root);
      this._svg.setAttribute('viewBox', '0 0 800 200');
      text(t('unknown-world', world), { x: 400, y: 110, 'text-anchor': 'middle', 'font-size': 30, fill: INK, class: 'unknown' }, this._root);
      return;
    }
    if (!this._renderer || this._rendererWorld !== world) {
      clear(this._root);
      this._renderer = new Renderer(this._root, ctx);
      this._rendererWorld = world;
      ctx.ms = 0; // a new picture appears at once
    }
    this._renderer.update(scene.state || {}, ctx);
    const [w, h] = this._renderer.viewBox;
    this._svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    this.dispatchEvent(new CustomEvent('stage-rendered', { detail: { world } }));
  }
}

if (!customElements.get('stepwise-stage')) {
  customElements.define('stepwise-stage', StepwiseStage);
}
