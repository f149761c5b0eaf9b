#!/usr/bin/env node
// Benchmark: runs Blockly's generated JavaScript (without the loop trap) of
// each given workspace file in JS-Interpreter and natively, for comparison
// with the Java interpreter on the same files.
//
//   node bench.mjs FILE.json...
//
// Prints one JSON object per file and line:
//   {"file", "jsInterpreterMillis", "jsInterpreterSteps", "nativeJsMillis", "printed"}
// Millis are medians per run over repetitions totalling at least 1 s.
// jsInterpreterMillis times interpreter.run() only (constructing the
// interpreter, which parses the code, is not timed); jsInterpreterSteps is the
// number of step() calls that returned true in a separate run. Bench files
// must not use random blocks (Math.random is not seeded here).

import fs from 'node:fs';
import path from 'node:path';
import Interpreter from 'js-interpreter';
import {workspaceJsonToCode} from './lib/reference.mjs';

const MIN_TOTAL_MS = 1000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Repeats fn (which returns the milliseconds it measured) until MIN_TOTAL_MS have been measured. */
function repeat(fn) {
  const times = [];
  let total = 0;
  while (total < MIN_TOTAL_MS || times.length < 3) {
    const ms = fn();
    times.push(ms);
    total += ms;
  }
  return median(times);
}

// window.alert is a native function; printed values are converted from the
// interpreter's objects first, so a list prints as Array toString does.
function newInterpreter(code, printed) {
  return new Interpreter(code, (interpreter, globalObject) => {
    // JS-Interpreter already defines a read-only global `window` (the global object itself).
    const window = interpreter.getProperty(globalObject, 'window');
    interpreter.setProperty(window, 'alert', interpreter.createNativeFunction((x) => {
      printed.push(String(interpreter.pseudoToNative(x)));
    }));
  });
}

function benchJsInterpreter(code) {
  const printed = [];
  const counting = newInterpreter(code, printed);
  let steps = 0;
  while (counting.step()) steps++;
  const millis = repeat(() => {
    const interpreter = newInterpreter(code, []);
    const start = process.hrtime.bigint();
    interpreter.run();
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return {millis, steps, printed};
}

function benchNative(code) {
  const program = new Function('window', code);
  const printed = [];
  program({alert: (x) => { printed.push(String(x)); }});
  const millis = repeat(() => {
    const window = {alert: (x) => { String(x); }};
    const start = process.hrtime.bigint();
    program(window);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return {millis, printed};
}

const round3 = (x) => Math.round(x * 1000) / 1000;

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node bench.mjs FILE.json...');
  process.exit(2);
}
for (const file of files) {
  const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
  const code = await workspaceJsonToCode(entry.workspace, {loopTrap: false});
  const interpreted = benchJsInterpreter(code);
  const native = benchNative(code);
  if (JSON.stringify(interpreted.printed) !== JSON.stringify(native.printed)) {
    console.error(`${file}: JS-Interpreter printed ${JSON.stringify(interpreted.printed)} but native JS printed ${JSON.stringify(native.printed)}`);
  }
  console.log(JSON.stringify({
    file: path.relative(process.cwd(), path.resolve(file)),
    jsInterpreterMillis: round3(interpreted.millis),
    jsInterpreterSteps: interpreted.steps,
    nativeJsMillis: round3(native.millis),
    printed: interpreted.printed,
  }));
}
