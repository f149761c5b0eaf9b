// The reference contract shared by generate-corpus.mjs and bench.mjs:
// how a workspace is built by real Blockly, turned into JavaScript by
// Blockly's own generator, and run to get the expected result.
// See ../README.md for the contract in prose.

import vm from 'node:vm';
import * as Blockly from 'blockly';
import {javascriptGenerator} from 'blockly/javascript';

export {Blockly, javascriptGenerator};

/** Loop iterations (and procedure calls) allowed per run. */
export const LOOP_GUARD = 100000;

/** What Blockly's generator inserts at the top of every loop body and every procedure body. */
export const LOOP_TRAP = 'if (--__loopGuard < 0) throw new __Timeout();\n';

/** Extra safety only; no corpus program comes near it. */
const VM_TIMEOUT_MS = 5000;

/**
 * The seeded generator that replaces Math.random. The Java side replicates it
 * bit for bit, so it must stay exactly like this.
 */
export function mulberry32(seed) {
  let a = seed | 0;
  return function () {
    a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed of the id generator used while Blockly builds a workspace (ids only, not the run). */
function idSeed(seed) {
  return (seed ^ 0x2545F491) | 0;
}

/** Blockly 12 warns about its own use of deprecated workspace methods; keep the console readable. */
function isBlocklyDeprecationNoise(args) {
  const text = args.map(String).join(' ');
  return /deprecated in v12|getVariableMap\(\)/.test(text);
}

/**
 * Runs (possibly async) fn while Math.random, which Blockly's id generator
 * uses, is seeded (so block and variable ids are the same on every
 * regeneration) and Blockly's deprecation warnings are filtered out.
 */
async function inBlocklySandbox(seed, fn) {
  const realRandom = Math.random;
  const realWarn = console.warn;
  Math.random = mulberry32(idSeed(seed));
  console.warn = (...args) => { if (!isBlocklyDeprecationNoise(args)) realWarn(...args); };
  try {
    return await fn();
  } finally {
    Math.random = realRandom;
    console.warn = realWarn;
  }
}

/** Lets Blockly fire its queued events, so blocks' change handlers (onchange) run. */
async function settleEvents() {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function describeDifference(a, b, where = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = describeDifference(a[key], b[key], `${where}/${key}`);
      if (found) return found;
    }
  }
  const show = (x) => (x === undefined ? 'nothing' : JSON.stringify(x).slice(0, 300));
  return `at ${where || '/'}: ${show(a)} became ${show(b)}`;
}

/** Thrown when Blockly's own change handlers would alter a freshly loaded workspace. */
export class UnstableWorkspaceError extends Error {}

/**
 * Builds a headless workspace from a list of top-level block specs (Blockly's
 * JSON serialization format, without ids) and returns what
 * Blockly.serialization.workspaces.save returned for it.
 *
 * The workspace must be stable: after Blockly fires its events (and blocks'
 * onchange handlers run, as in a live editor: e.g. logic_compare unplugs
 * mismatched literal types, procedures_ifreturn outside a procedure gets
 * disabled) saving again must give the same JSON. Otherwise this throws
 * UnstableWorkspaceError, because the editor would not keep such a workspace.
 */
export async function buildWorkspaceJson(topBlocks, seed) {
  return inBlocklySandbox(seed, async () => {
    const ws = new Blockly.Workspace();
    try {
      if (topBlocks.length > 0) {
        Blockly.serialization.workspaces.load({blocks: {languageVersion: 0, blocks: topBlocks}}, ws);
      }
      const saved = Blockly.serialization.workspaces.save(ws);
      await settleEvents();
      const settled = Blockly.serialization.workspaces.save(ws);
      if (JSON.stringify(saved) !== JSON.stringify(settled)) {
        throw new UnstableWorkspaceError('Blockly\'s change handlers alter this workspace: ' +
          describeDifference(saved, settled));
      }
      // Return it as it will be read back from the corpus file.
      return JSON.parse(JSON.stringify(saved));
    } finally {
      ws.dispose();
      await settleEvents();
    }
  });
}

/**
 * Loads saved workspace JSON into a fresh headless workspace, checks that it
 * round-trips unchanged, and returns the JavaScript Blockly generates for it.
 */
export async function workspaceJsonToCode(workspaceJson, {loopTrap}) {
  return inBlocklySandbox(0, () => {
    const ws = new Blockly.Workspace();
    try {
      Blockly.serialization.workspaces.load(workspaceJson, ws);
      const again = Blockly.serialization.workspaces.save(ws);
      if (JSON.stringify(again) !== JSON.stringify(workspaceJson)) {
        throw new Error('workspace JSON does not round-trip through Blockly');
      }
      javascriptGenerator.INFINITE_LOOP_TRAP = loopTrap ? LOOP_TRAP : null;
      // workspaceToCode calls init (fresh name database and definitions) itself.
      return javascriptGenerator.workspaceToCode(ws);
    } finally {
      javascriptGenerator.INFINITE_LOOP_TRAP = null;
      ws.dispose();
    }
  });
}

/**
 * Runs generated code (with the loop trap) in a fresh node:vm context and
 * returns the expected result: {outcome, printed[, error]}.
 */
export function runReference(code, seed) {
  const printed = [];
  class Timeout {}
  const context = vm.createContext({
    window: {alert: (x) => { printed.push(String(x)); }},
    __loopGuard: LOOP_GUARD,
    __Timeout: Timeout,
    __random: mulberry32(seed),
  });
  // The context has its own Math; replace its random there.
  vm.runInContext('Math.random = __random; delete globalThis.__random;', context);
  try {
    vm.runInContext(code, context, {timeout: VM_TIMEOUT_MS});
    return {outcome: 'SUCCESS', printed};
  } catch (e) {
    if (e instanceof Timeout) {
      return {outcome: 'TIMEOUT', printed};
    }
    const message = e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
    if (/Script execution timed out/.test(message)) {
      throw new Error('program ran into the vm timeout, which is not part of the contract');
    }
    return {outcome: 'ERROR', printed, error: message};
  }
}

/** All block types in a saved workspace (with repetitions), shadows included. */
export function blockTypesOf(workspaceJson) {
  const types = [];
  const visit = (block) => {
    if (!block) return;
    types.push(block.type);
    for (const input of Object.values(block.inputs || {})) {
      visit(input.block);
      visit(input.shadow);
    }
    if (block.next) {
      visit(block.next.block);
      visit(block.next.shadow);
    }
  };
  for (const block of (workspaceJson.blocks && workspaceJson.blocks.blocks) || []) visit(block);
  return types;
}
