// ProjectorLatency: clicks an element by script and returns the moment just before the click
// (performance.timeOrigin + performance.now(), as watch-text.js). Evaluated with the selector.
selector => {
  const element = document.querySelector(selector);
  if (!element) {
    throw new Error(`nothing matches ${selector} on this page`);
  }
  const before = performance.timeOrigin + performance.now();
  element.click();
  return before;
}
