/*
 * Small helpers shared by the world renderers: making SVG elements, translated labels and
 * animations that respect the stage's duration (0 = no animation).
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Colours with at least 4.5:1 contrast against the light stage background where text uses them. */
export const INK = '#1d2433';
export const INK_SOFT = '#4a5468';
export const PAPER = '#fffdf7';
export const ACCENT = '#c2410c';
export const HIGHLIGHT = '#ffd23f';
export const GOOD = '#157347';
export const BAD = '#b42318';

/**
 * Creates an SVG element: el('rect', {x: 0, width: 10, class: 'card'}, parent).
 * Attributes whose value is null or undefined are left out.
 */
export function el(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) {
      node.setAttribute(name, String(value));
    }
  }
  if (parent) {
    parent.appendChild(node);
  }
  return node;
}

/** A text element with the given content. */
export function text(content, attrs = {}, parent = null) {
  const node = el('text', attrs, parent);
  node.textContent = content;
  return node;
}

/**
 * Makes text no wider than maxWidth by squeezing it (long words, five-digit room numbers). Measures
 * the text when it is on screen, else estimates it from its length.
 */
export function fit(textNode, maxWidth) {
  textNode.removeAttribute('textLength');
  textNode.removeAttribute('lengthAdjust');
  let width = 0;
  try {
    width = textNode.isConnected ? textNode.getComputedTextLength() : 0;
  } catch (e) {
    width = 0;
  }
  if (!width) {
    width = textNode.textContent.length * parseFloat(textNode.getAttribute('font-size') || '16') * 0.66;
  }
  if (width > maxWidth) {
    textNode.setAttribute('textLength', String(maxWidth));
    textNode.setAttribute('lengthAdjust', 'spacingAndGlyphs');
  }
  return textNode;
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

/**
 * A label from the stage's labels object, with {0}, {1}… replaced by the arguments and a doubled
 * apostrophe made single (the bundles follow java.text.MessageFormat's rules). A missing label
 * shows its key, so a forgotten translation is visible, not silent.
 */
export function translate(labels, key, ...args) {
  const template = labels && Object.prototype.hasOwnProperty.call(labels, key) ? String(labels[key]) : key;
  return template.replace(/\{(\d+)\}/g, (whole, i) => (args[i] === undefined ? whole : String(args[i]))).replace(/''/g, "'");
}

/**
 * Sets a CSS transform and, when ms > 0 and it changed, animates from the old one.
 * Keyframes may be given for a path that is not a straight line (a card lifted over another).
 */
export function transform(node, to, ms, keyframes = null) {
  const from = node.style.transform;
  node.style.transform = to;
  if (ms > 0 && from && from !== to) {
    node.getAnimations().forEach(a => a.cancel());
    node.animate(keyframes || [{ transform: from }, { transform: to }], { duration: ms, easing: 'ease-in-out' });
  }
}

/**
 * Pops a node in (a bead placed, an answer given): it grows from its own centre. The node must
 * not have a transform of its own; wrap it in a group that does the positioning.
 */
export function popIn(node, ms) {
  if (ms > 0) {
    node.style.transformBox = 'fill-box';
    node.style.transformOrigin = 'center';
    node.animate([{ opacity: 0, transform: 'scale(0.3)' }, { opacity: 1, transform: 'scale(1)' }],
      { duration: ms, easing: 'cubic-bezier(.2,1.4,.5,1)' });
  }
}

/** Briefly draws attention to a node (a counter that changed). */
export function pulse(node, ms) {
  if (ms > 0) {
    node.animate([{ opacity: 1 }, { opacity: 0.35 }, { opacity: 1 }], { duration: Math.max(ms, 200), easing: 'ease-in-out' });
  }
}

/** A rounded "badge": a label over a big number or word, e.g. "Days turned / 3". */
export function badge(parent, x, y, width, height, caption, value, options = {}) {
  const g = el('g', { class: options.className || 'badge', transform: `translate(${x} ${y})` }, parent);
  el('rect', { x: 0, y: 0, width, height, rx: 16, fill: options.fill || '#ffffff', stroke: options.stroke || '#c9cfdb', 'stroke-width': 3 }, g);
  fit(text(caption, { x: width / 2, y: 34, 'text-anchor': 'middle', 'font-size': 22, fill: INK_SOFT, 'font-weight': 600 }, g), width - 20);
  const valueNode = text(value, {
    x: width / 2, y: height - 22, 'text-anchor': 'middle', 'font-size': options.valueSize || 48, 'font-weight': 800,
    fill: options.valueFill || INK, class: 'badge-value',
  }, g);
  fit(valueNode, width - 24);
  return { group: g, value: valueNode };
}
