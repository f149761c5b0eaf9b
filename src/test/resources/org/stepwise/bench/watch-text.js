// ProjectorLatency: notes every change of one element's text on this page, with the time it was
// seen. Evaluated by Playwright with {name, selector}; may be called again with another name.
// A MutationObserver on the whole body (the element may be replaced, removed and drawn again)
// reads the text of `selector` after each batch of DOM changes and, when it differs from the last
// one noted, appends {t, text} to window.stepwiseBench.watches[name].changes; text is null while
// no element matches. t is performance.timeOrigin + performance.now(): milliseconds since 1970 on
// the page's monotonic clock, comparable between the pages of one browser on one machine
// (ProjectorLatency checks how closely before it relies on it).
// Returns the text as it is now.
({name, selector}) => {
  const bench = window.stepwiseBench ??= {watches: {}};
  const read = () => {
    const element = document.querySelector(selector);
    return element ? element.textContent.trim() : null;
  };
  const watch = {changes: [], last: read()};
  bench.watches[name]?.observer.disconnect();
  bench.watches[name] = watch;
  watch.observer = new MutationObserver(() => {
    const text = read();
    if (text !== watch.last) {
      watch.last = text;
      watch.changes.push({t: performance.timeOrigin + performance.now(), text});
    }
  });
  watch.observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  return watch.last;
}
