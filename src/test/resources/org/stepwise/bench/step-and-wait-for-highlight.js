// One Step click, timed inside the page (BrowserBenchmark's step latency). Evaluated by Playwright
// with {timeoutMillis}. Watches the program's blocks for a block gaining the class
// blocklyHighlighted, clicks #step, and resolves with
//   millis       from just before the click to the mutation that marks the block
//   frameMillis  from just before the click to the next animation frame after it (the mark painted)
//   blockId      the id of the marked block (Blockly's data-id)
// Blockly takes the mark off and puts it back when the same block runs again, so a block that
// stays marked from one step to the next still counts.
async ({timeoutMillis}) => {
  const canvas = document.querySelector('#workspace svg.blocklySvg .blocklyBlockCanvas');
  const step = document.querySelector('#step');
  if (!canvas || !step) {
    throw new Error('no program canvas or no #step button on this page');
  }
  return await new Promise((resolve, reject) => {
    let start = 0;
    const observer = new MutationObserver(records => {
      const marked = performance.now();
      for (const record of records) {
        const element = record.target;
        const before = (record.oldValue || '').split(/\s+/);
        if (element.classList.contains('blocklyHighlighted') && !before.includes('blocklyHighlighted')) {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({
            millis: marked - start,
            frameMillis: performance.now() - start,
            blockId: element.getAttribute('data-id'),
          }));
          return;
        }
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no block was marked within ${timeoutMillis} ms of the Step click`));
    }, timeoutMillis);
    observer.observe(canvas, {subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true});
    start = performance.now();
    step.click();
  });
}
