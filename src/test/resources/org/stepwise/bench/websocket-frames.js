// ProjectorLatency: an init script (runs before the page's own scripts) that notes when each
// WebSocket message arrives, in window.stepwiseBenchFrames (performance.timeOrigin +
// performance.now(), as watch-text.js). Vaadin's server push comes over a WebSocket; the time from
// a push frame's arrival to the DOM change it causes is the page's own share of the latency. Our
// listener is added in the constructor, before the page sets onmessage, so it runs first.
(() => {
  const frames = [];
  window.stepwiseBenchFrames = frames;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => frames.push(performance.timeOrigin + performance.now()));
    }
  };
})();
