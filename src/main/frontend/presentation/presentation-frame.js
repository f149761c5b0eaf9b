/**
 * <stepwise-presentation>: the frame of the presenter's and the audience's windows.
 *
 * - Turns the keys of a keyboard or a presentation clicker into actions and tells the server with
 *   a "present-key" event (detail.action): next (→, PageDown, Space), previous (←, PageUp),
 *   first (Home), last (End), blank (B, or "." which many clickers send).
 *   Keys typed into a field, and Space or Enter on a button, keep their usual meaning.
 * - F, or a click on any element inside marked data-fullscreen, shows the window full screen
 *   (and back): browsers allow that only in answer to a key or a click, so it happens here.
 * - Every element inside with data-started-at (milliseconds since 1970) shows the time since then,
 *   m:ss or h:mm:ss, updated every second.
 */
const KEYS = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
};

function typingInto(event) {
  for (const element of event.composedPath()) {
    if (!(element instanceof HTMLElement)) {
      continue;
    }
    const tag = element.tagName.toLowerCase();
    const choosing = tag === 'input' && ['checkbox', 'radio', 'button', 'submit', 'reset'].includes(element.type);
    if ((tag === 'input' && !choosing) || tag === 'textarea' || tag === 'select' || element.isContentEditable) {
      return true;
    }
    if (choosing && (event.key === ' ' || event.key === 'Enter')) {
      return true;
    }
    const role = element.getAttribute('role');
    if ((event.key === ' ' || event.key === 'Enter')
        && (tag === 'button' || tag === 'vaadin-button' || tag === 'vaadin-checkbox' || tag === 'a'
          || role === 'button' || role === 'checkbox' || role === 'switch')) {
      return true;
    }
    if (tag === 'vaadin-select' || tag === 'vaadin-combo-box' || role === 'listbox' || role === 'option') {
      return true;
    }
  }
  return false;
}

function elapsed(millis) {
  const seconds = Math.max(0, Math.floor(millis / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

class StepwisePresentation extends HTMLElement {
  #timer = 0;

  connectedCallback() {
    document.addEventListener('keydown', this.#onKey);
    this.addEventListener('click', this.#onClick);
    this.#timer = window.setInterval(this.#tick, 1000);
    this.#tick();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    this.removeEventListener('click', this.#onClick);
    window.clearInterval(this.#timer);
  }

  #onKey = (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingInto(event)) {
      return;
    }
    if (event.key === 'f' || event.key === 'F') {
      event.preventDefault();
      this.#toggleFullscreen();
      return;
    }
    const action = KEYS[event.key];
    if (action) {
      event.preventDefault();
      this.dispatchEvent(new CustomEvent('present-key', { detail: { action } }));
    }
  };

  #onClick = (event) => {
    if (event.composedPath().some((e) => e instanceof HTMLElement && e.hasAttribute('data-fullscreen'))) {
      this.#toggleFullscreen();
    }
  };

  #toggleFullscreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen().catch(() => {
        // refused (e.g. the browser's policy): the window stays as it is
      });
    }
  }

  #tick = () => {
    for (const clock of this.querySelectorAll('[data-started-at]')) {
      const text = elapsed(Date.now() - Number(clock.getAttribute('data-started-at')));
      if (clock.textContent !== text) {
        clock.textContent = text;
      }
    }
  };
}

customElements.define('stepwise-presentation', StepwisePresentation);
