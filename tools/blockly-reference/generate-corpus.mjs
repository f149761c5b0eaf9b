#!/usr/bin/env node
// Writes the reference corpus for Stepwise's Java block interpreter:
//   src/test/resources/program/corpus/NNNN-slug.json  (hand-written + generated)
//   src/test/resources/program/bench/*.json           (benchmark workspaces)
// Every workspace is built and saved by real Blockly; its expected result comes
// from running Blockly's own JavaScript generator output (see README.md).
// Re-running produces byte-identical files.

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildWorkspaceJson, workspaceJsonToCode, runReference, blockTypesOf, UnstableWorkspaceError} from './lib/reference.mjs';
import {handwritten} from './lib/handwritten.mjs';
import {generateProgram} from './lib/random-programs.mjs';
import {benchWorkspaces} from './lib/bench-workspaces.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const corpusDir = path.join(repoRoot, 'src/test/resources/program/corpus');
const benchDir = path.join(repoRoot, 'src/test/resources/program/bench');

const GENERATED_COUNT = 280;
const MAX_PRINTED_LINES = 200;
const MAX_PRINTED_CHARS = 20000;
const MAX_GENERATED_BLOCKS = 150;

/** Block types the corpus must cover, each in at least MIN_COVERAGE workspaces. */
const REQUIRED_TYPES = [
  'controls_if', 'controls_repeat_ext', 'controls_repeat', 'controls_whileUntil', 'controls_for',
  'controls_forEach', 'controls_flow_statements', 'logic_compare', 'logic_operation', 'logic_negate',
  'logic_boolean', 'logic_ternary', 'math_number', 'math_arithmetic', 'math_single', 'math_round',
  'math_modulo', 'math_number_property', 'math_change', 'math_random_int', 'text', 'text_join',
  'text_length', 'text_print', 'variables_get', 'variables_set', 'procedures_defnoreturn',
  'procedures_defreturn', 'procedures_callnoreturn', 'procedures_callreturn', 'procedures_ifreturn',
  'lists_create_with', 'lists_create_empty', 'lists_length', 'lists_getIndex', 'lists_setIndex',
];
const MIN_COVERAGE = 5;

function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** Builds, generates and runs one workspace; returns the file object in its fixed key order. */
async function makeEntry({name, origin, seed, blocks}) {
  const workspace = await buildWorkspaceJson(blocks, seed);
  const code = await workspaceJsonToCode(workspace, {loopTrap: true});
  const result = runReference(code, seed);
  const expected = {outcome: result.outcome, printed: result.printed};
  if (result.outcome === 'ERROR') expected.error = result.error;
  return {entry: {name, origin, seed, workspace, expected}, code};
}

function toFileText(entry) {
  return JSON.stringify(entry, null, 2) + '\n';
}

function acceptableGenerated(entry) {
  const printed = entry.expected.printed;
  if (printed.length > MAX_PRINTED_LINES) return false;
  if (printed.reduce((n, line) => n + line.length, 0) > MAX_PRINTED_CHARS) return false;
  return true;
}

function seedFor(index) {
  // A spread-out, positive 31-bit seed per generated workspace.
  return (Math.imul(index + 1, 0x9E3779B1) >>> 1) || 1;
}

async function main() {
  const entries = [];

  for (const [i, c] of handwritten.entries()) {
    const seed = c.seed ?? 1000 + i;
    let entry;
    try {
      ({entry} = await makeEntry({name: c.name, origin: 'hand-written', seed, blocks: c.blocks}));
    } catch (e) {
      throw new Error(`hand-written case ${c.slug}: ${e.message}`);
    }
    const want = c.outcome ?? 'SUCCESS';
    if (entry.expected.outcome !== want) {
      throw new Error(`hand-written case ${c.slug}: expected ${want} but got ${entry.expected.outcome} ${entry.expected.error ?? ''}`);
    }
    if (entry.expected.printed.length > MAX_PRINTED_LINES) throw new Error(`hand-written case ${c.slug} prints too much`);
    entries.push({slug: c.slug, entry});
  }

  let rejected = 0;
  let unstable = 0;
  let tooBig = 0;
  for (let g = 0; g < GENERATED_COUNT; g++) {
    let seed = seedFor(g);
    for (;;) {
      const {blocks, summary} = generateProgram(seed);
      const blockCount = blocks.reduce((n, b) => n + blockTypesOf({blocks: {blocks: [b]}}).length, 0);
      if (blockCount > MAX_GENERATED_BLOCKS) {
        tooBig++;
        seed = (seed + 1) & 0x7fffffff;
        continue;
      }
      const name = `Generated program (seed ${seed}): ${summary.variables} variable${summary.variables === 1 ? '' : 's'}, ` +
        `${summary.procedures} procedure${summary.procedures === 1 ? '' : 's'}, ${blockCount} blocks` +
        (summary.mixedTypes ? ', some deliberately mixed input types' : '');
      let made;
      try {
        made = await makeEntry({name, origin: 'generated', seed, blocks});
      } catch (e) {
        if (e instanceof UnstableWorkspaceError) {
          if (process.env.SHOW_UNSTABLE) console.error(e.message);
          unstable++;
          seed = (seed + 1) & 0x7fffffff;
          continue;
        }
        throw new Error(`generated program with seed ${seed} failed: ${e.stack}`);
      }
      if (acceptableGenerated(made.entry)) {
        entries.push({slug: `generated-${seed}`, entry: made.entry});
        break;
      }
      rejected++;
      seed = (seed + 1) & 0x7fffffff;
    }
  }

  // Write the corpus, deleting stale files first.
  fs.mkdirSync(corpusDir, {recursive: true});
  for (const f of fs.readdirSync(corpusDir)) {
    if (f.endsWith('.json')) fs.unlinkSync(path.join(corpusDir, f));
  }
  const width = Math.max(4, String(entries.length - 1).length);
  entries.forEach(({slug, entry}, i) => {
    const file = `${String(i).padStart(width, '0')}-${slugify(slug)}.json`;
    fs.writeFileSync(path.join(corpusDir, file), toFileText(entry));
  });

  // Benchmark workspaces.
  fs.mkdirSync(benchDir, {recursive: true});
  for (const b of benchWorkspaces) {
    const {entry} = await makeEntry({name: b.name, origin: 'hand-written', seed: b.seed, blocks: b.blocks});
    if (entry.expected.outcome !== 'SUCCESS') throw new Error(`bench ${b.file}: ${entry.expected.outcome}`);
    fs.writeFileSync(path.join(benchDir, b.file), toFileText(entry));
  }

  // Report: coverage, outcomes.
  const coverage = new Map(REQUIRED_TYPES.map((t) => [t, 0]));
  const outcomes = {SUCCESS: 0, TIMEOUT: 0, ERROR: 0};
  const byOrigin = {'hand-written': {SUCCESS: 0, TIMEOUT: 0, ERROR: 0}, generated: {SUCCESS: 0, TIMEOUT: 0, ERROR: 0}};
  const combos = new Map();
  for (const {entry} of entries) {
    outcomes[entry.expected.outcome]++;
    byOrigin[entry.origin][entry.expected.outcome]++;
    const types = new Set(blockTypesOf(entry.workspace));
    for (const t of types) if (coverage.has(t)) coverage.set(t, coverage.get(t) + 1);
    const visit = (block) => {
      if (!block) return;
      if (block.type === 'lists_getIndex' || block.type === 'lists_setIndex') {
        const key = `${block.type} ${block.fields.MODE} ${block.fields.WHERE}`;
        combos.set(key, (combos.get(key) || 0) + 1);
      }
      for (const input of Object.values(block.inputs || {})) { visit(input.block); visit(input.shadow); }
      if (block.next) visit(block.next.block);
    };
    for (const b of (entry.workspace.blocks && entry.workspace.blocks.blocks) || []) visit(b);
  }

  const out = [];
  out.push(`Wrote ${entries.length} corpus files (${handwritten.length} hand-written, ${entries.length - handwritten.length} generated; ${rejected} generated candidates rejected for printing too much, ${unstable} because Blockly's change handlers would alter them, ${tooBig} for having more than ${MAX_GENERATED_BLOCKS} blocks) to ${path.relative(repoRoot, corpusDir)}`);
  out.push(`Wrote ${benchWorkspaces.length} benchmark files to ${path.relative(repoRoot, benchDir)}`);
  out.push('');
  out.push('Coverage (block type -> workspaces containing it):');
  let missing = [];
  for (const [t, n] of coverage) {
    out.push(`  ${t.padEnd(26)} ${String(n).padStart(4)}${n < MIN_COVERAGE ? '   <-- below ' + MIN_COVERAGE : ''}`);
    if (n < MIN_COVERAGE) missing.push(t);
  }
  out.push('');
  out.push('lists_getIndex / lists_setIndex MODE x WHERE (block occurrences):');
  for (const [k, n] of [...combos].sort()) out.push(`  ${k.padEnd(40)} ${String(n).padStart(4)}`);
  out.push('');
  out.push(`Outcomes: ${Object.entries(outcomes).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const [origin, counts] of Object.entries(byOrigin)) {
    out.push(`  ${origin}: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  console.log(out.join('\n'));

  if (missing.length) {
    console.error(`FAILED: block types below ${MIN_COVERAGE} workspaces: ${missing.join(', ')}`);
    process.exit(1);
  }
  if (entries.length < 320) {
    console.error(`FAILED: only ${entries.length} corpus files`);
    process.exit(1);
  }
  if (outcomes.TIMEOUT < 3 || outcomes.ERROR < 3) {
    console.error('FAILED: need at least 3 TIMEOUT and 3 ERROR cases');
    process.exit(1);
  }
}

await main();
