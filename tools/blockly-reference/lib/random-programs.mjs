// Random block programs from the standard-block grammar, driven by a seeded
// mulberry32 stream (the same seed that the program later runs with).
//
// Programs are meant to look like what a learner builds: a few variables,
// statements nested at most 4 deep, loops with small bounds (a loop runs at
// most 20 times, nested loops multiply to at most 400), a handful of prints,
// sometimes procedures with parameters and return values, mostly
// type-consistent inputs with an occasional deliberately mixed one.

import {mulberry32} from './reference.mjs';
import {
  at, disabled, shadow,
  num, txt, bool, get, arith, single, round, mod, prop, randInt,
  cmp, and, or, not, ternary, join, textLength, list, emptyList, listLength, getIndex, callReturn,
  print, set, change, ifElse, repeatExt, repeatField, whileLoop, untilLoop, forLoop, forEach,
  brk, cont, removeIndex, setIndex, defNoReturn, defReturn, callNoReturn, ifReturn,
} from './blocks.mjs';

const MAX_DEPTH = 4; // statement nesting
const MAX_EXPR_DEPTH = 3; // operator nesting in a value
const MAX_ITERATIONS = 400; // product of nested loop counts
const MAX_LOOP = 20; // iterations of a single loop

const NAMES = {
  number: ['x', 'y', 'n', 'total', 'count', 'score', 'k', 'sum', 'i', 'j', 'step', 'size'],
  text: ['word', 'name', 'message', 's', 'greeting'],
  list: ['list', 'nums', 'values', 'items', 'scores'],
  boolean: ['flag', 'done', 'found', 'ok'],
};
const PROC_NAMES = ['greet', 'compute', 'step up', 'addUp', 'show', 'double', 'check', 'update', 'report', 'area', 'scale', 'bump'];
const PARAM_NAMES = ['a', 'b', 'amount', 'value', 'times', 'w'];
const WORDS = ['hello', 'Stepwise', 'a', '', 'cat', 'x = ', 'done', 'loop', 'Ada', ' ', 'yes', 'no', 'total: ', 'Blockly', '7', '-', 'dog'];
const TYPES = ['number', 'text', 'list', 'boolean'];

const isFlow = (statement) => statement.type === 'controls_flow_statements';

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  float() {
    return this.next();
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  /** options: [[weight, value], ...] with weight 0 meaning unavailable */
  weighted(options) {
    const available = options.filter(([w]) => w > 0);
    const total = available.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, value] of available) {
      r -= w;
      if (r < 0) return value;
    }
    return available[available.length - 1][1];
  }
}

export function generateProgram(seed) {
  const rng = new Rng(seed);
  const program = {
    vars: new Map(), // name -> {type, elem}
    procs: [], // {name, kind, params: [{name, type}], returnType, cost, called}
    mixProb: rng.chance(0.45) ? 0.12 : 0,
    missingProb: rng.chance(0.2) ? 0.04 : 0,
    shadowProb: rng.chance(0.5) ? 0.35 : 0,
    printsLeft: rng.int(1, 10),
  };

  // ---- variables ------------------------------------------------------------
  const varCount = rng.int(1, 4);
  for (let i = 0; i < varCount; i++) {
    const type = i === 0 ? 'number' : rng.weighted([[5, 'number'], [1.5, 'text'], [2, 'list'], [0.7, 'boolean']]);
    const candidates = NAMES[type].filter((n) => !program.vars.has(n));
    const name = rng.pick(candidates);
    program.vars.set(name, {type, elem: type === 'list' ? rng.weighted([[4, 'number'], [1, 'text']]) : undefined});
  }

  // ---- helpers over the current scope -----------------------------------------
  // ctx: {depth, mult, inLoop, noContinue, locked: Set, proc, procIndex}
  // Variables not yet given their first value are not read while the main
  // program initializes them (procedures run after that).
  const initialized = new Set();
  let initializing = true;
  const scopeVars = (ctx) => {
    const vars = new Map([...program.vars].filter(([name]) => ctx.proc || !initializing || initialized.has(name)));
    if (ctx.proc) for (const p of ctx.proc.params) vars.set(p.name, {type: p.type, elem: p.type === 'list' ? 'number' : undefined});
    return vars;
  };
  const varsOfType = (ctx, type, elem) => [...scopeVars(ctx)]
    .filter(([, info]) => info.type === type && (elem === undefined || info.elem === elem))
    .map(([name]) => name);
  const assignable = (ctx, type, elem) => varsOfType(ctx, type, elem).filter((n) => !ctx.locked.has(n));
  const callableProcs = (ctx, kind, returnType) => program.procs.filter((p, i) =>
    p.kind === kind && (returnType === undefined || p.returnType === returnType) &&
    (ctx.procIndex === undefined || i < ctx.procIndex) && ctx.mult * p.cost <= MAX_ITERATIONS);

  const numberLiteral = () => {
    if (rng.chance(0.82)) return rng.int(0, 10);
    return rng.pick([0.5, 1.5, 2.5, -1, -3, 0.1, 100, 12.75, -0.5, 3.14]);
  };
  const litNum = (n) => (rng.chance(program.shadowProb) ? shadow(num(n)) : num(n));
  const litText = (s) => (rng.chance(program.shadowProb) ? shadow(txt(s)) : txt(s));

  // ---- values ---------------------------------------------------------------------
  // checked: whether the input has a type check (or, like logic_compare and
  // logic_ternary, a change handler that unplugs mismatched types). Mixed
  // types reach a checked input only through an untyped block (a variable),
  // as in the real editor; unchecked inputs (print, set, join, list items,
  // procedure arguments) take any block.
  function input(type, d, ctx, checked = true) {
    if (rng.chance(program.missingProb)) return null;
    return expr(type, d, ctx, checked);
  }

  function expr(type, d, ctx, checked = true) {
    if (program.mixProb && rng.chance(program.mixProb)) {
      const other = rng.pick(TYPES.filter((t) => t !== type));
      if (!checked) {
        type = other;
      } else {
        const vars = varsOfType(ctx, other);
        if (vars.length) return get(rng.pick(vars));
      }
    }
    switch (type) {
      case 'number': return numberExpr(d, ctx);
      case 'boolean': return boolExpr(d, ctx);
      case 'text': return textExpr(d, ctx);
      case 'list': return listExpr(d, ctx, 'number');
      default: throw new Error(type);
    }
  }

  // Deeper values are more and more likely to be plain literals or variables.
  const leafAt = (d) => d >= MAX_EXPR_DEPTH || (d > 0 && rng.chance(0.35 * d));

  function numberExpr(d, ctx) {
    const leaf = leafAt(d);
    const numVars = varsOfType(ctx, 'number');
    const numLists = varsOfType(ctx, 'list', 'number');
    const lists = varsOfType(ctx, 'list');
    const texts = varsOfType(ctx, 'text');
    const procs = leaf ? [] : callableProcs(ctx, 'return', 'number');
    const choice = rng.weighted([
      [3, 'lit'],
      [numVars.length ? 3.5 : 0, 'var'],
      [leaf ? 0 : 3, 'arith'],
      [leaf ? 0 : 0.7, 'single'],
      [leaf ? 0 : 0.6, 'round'],
      [leaf ? 0 : 0.7, 'mod'],
      [leaf ? 0 : 0.5, 'random'],
      [!leaf && lists.length ? 0.7 : 0, 'listLength'],
      [!leaf && texts.length ? 0.4 : 0, 'textLength'],
      [!leaf && numLists.length ? 0.9 : 0, 'getIndex'],
      [procs.length ? 1.2 : 0, 'call'],
      [leaf ? 0 : 0.25, 'ternary'],
    ]);
    switch (choice) {
      case 'lit': return num(numberLiteral());
      case 'var': return get(rng.pick(numVars));
      case 'arith': {
        const op = rng.weighted([[3, 'ADD'], [2, 'MINUS'], [2, 'MULTIPLY'], [1.2, 'DIVIDE'], [0.6, 'POWER']]);
        if (op === 'POWER') return arith(op, input('number', d + 1, ctx), litNum(rng.int(0, 3)));
        return arith(op, input('number', d + 1, ctx), input('number', d + 1, ctx));
      }
      case 'single': return single(rng.pick(['ROOT', 'ABS', 'NEG', 'LN', 'LOG10', 'EXP', 'POW10']), input('number', d + 1, ctx));
      case 'round': return round(rng.pick(['ROUND', 'ROUNDUP', 'ROUNDDOWN']), input('number', d + 1, ctx));
      case 'mod': return mod(input('number', d + 1, ctx), rng.chance(0.7) ? litNum(rng.int(1, 7)) : input('number', d + 1, ctx));
      case 'random': {
        const a = rng.int(-3, 10);
        const b = rng.chance(0.85) ? a + rng.int(0, 10) : a - rng.int(1, 5);
        return randInt(litNum(a), litNum(b));
      }
      case 'listLength': return listLength(rng.chance(0.85) ? get(rng.pick(lists)) : input('list', d + 1, ctx));
      case 'textLength': return textLength(rng.chance(0.8) ? get(rng.pick(texts)) : input('text', d + 1, ctx));
      case 'getIndex': return listGet(get(rng.pick(numLists)), d, ctx);
      case 'call': return call(rng.pick(procs), d, ctx, true);
      case 'ternary': return ternary(input('boolean', d + 1, ctx), input('number', d + 1, ctx), input('number', d + 1, ctx));
      default: throw new Error(choice);
    }
  }

  function listGet(listValue, d, ctx) {
    const mode = rng.weighted([[4, 'GET'], [1, 'GET_REMOVE']]);
    const where = rng.weighted([[3, 'FROM_START'], [1.2, 'FROM_END'], [1.2, 'FIRST'], [1.2, 'LAST'], [0.6, 'RANDOM']]);
    return getIndex(mode, where, listValue, index(d, ctx));
  }

  function index(d, ctx) {
    if (rng.chance(program.missingProb)) return null;
    if (d < MAX_EXPR_DEPTH && rng.chance(0.12)) return numberExpr(d + 1, ctx);
    return litNum(rng.int(1, 4));
  }

  function boolExpr(d, ctx) {
    const leaf = leafAt(d);
    const boolVars = varsOfType(ctx, 'boolean');
    const choice = rng.weighted([
      [leaf ? 3 : 1.2, 'lit'],
      [boolVars.length ? 1.5 : 0, 'var'],
      [leaf ? 0 : 4, 'compare'],
      [leaf ? 0 : 0.7, 'compareText'],
      [leaf ? 0 : 1.4, 'logic'],
      [leaf ? 0 : 0.9, 'not'],
      [leaf ? 0 : 1.5, 'property'],
      [leaf ? 0 : 0.15, 'ternary'],
    ]);
    switch (choice) {
      case 'lit': return bool(rng.chance(0.5));
      case 'var': return get(rng.pick(boolVars));
      case 'compare': return cmp(rng.pick(['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE']), input('number', d + 1, ctx), input('number', d + 1, ctx));
      case 'compareText': return cmp(rng.pick(['EQ', 'NEQ', 'LT', 'GT']), input('text', d + 1, ctx), input('text', d + 1, ctx));
      case 'logic': return (rng.chance(0.5) ? and : or)(input('boolean', d + 1, ctx), input('boolean', d + 1, ctx));
      case 'not': return not(input('boolean', d + 1, ctx));
      case 'property': {
        const property = rng.weighted([[2, 'EVEN'], [2, 'ODD'], [1.2, 'PRIME'], [0.8, 'WHOLE'], [0.8, 'POSITIVE'], [0.8, 'NEGATIVE'], [1.5, 'DIVISIBLE_BY']]);
        const divisor = property === 'DIVISIBLE_BY' ? (rng.chance(0.85) ? litNum(rng.int(rng.chance(0.1) ? 0 : 1, 6)) : input('number', d + 1, ctx)) : undefined;
        return prop(property, input('number', d + 1, ctx), divisor);
      }
      case 'ternary': return ternary(input('boolean', d + 1, ctx), input('boolean', d + 1, ctx), input('boolean', d + 1, ctx));
      default: throw new Error(choice);
    }
  }

  function textExpr(d, ctx) {
    const leaf = leafAt(d);
    const textVars = varsOfType(ctx, 'text');
    const textLists = varsOfType(ctx, 'list', 'text');
    const procs = leaf ? [] : callableProcs(ctx, 'return', 'text');
    const choice = rng.weighted([
      [3, 'lit'],
      [textVars.length ? 2 : 0, 'var'],
      [leaf ? 0 : 2.2, 'join'],
      [leaf ? 0 : 0.3, 'ternary'],
      [!leaf && textLists.length ? 0.6 : 0, 'getIndex'],
      [procs.length ? 0.8 : 0, 'call'],
    ]);
    switch (choice) {
      case 'lit': return txt(rng.pick(WORDS));
      case 'var': return get(rng.pick(textVars));
      case 'join': {
        const count = rng.weighted([[0.3, 0], [1, 1], [3, 2], [2, 3], [0.8, 4]]);
        const items = [];
        for (let i = 0; i < count; i++) {
          const t = rng.weighted([[3, 'text'], [2.5, 'number'], [0.4, 'boolean'], [0.3, 'list']]);
          items.push(t === 'text' && rng.chance(0.5) ? litText(rng.pick(WORDS)) : input(t, d + 1, ctx, false));
        }
        return join(...items);
      }
      case 'ternary': return ternary(input('boolean', d + 1, ctx), input('text', d + 1, ctx), input('text', d + 1, ctx));
      case 'getIndex': return listGet(get(rng.pick(textLists)), d, ctx);
      case 'call': return call(rng.pick(procs), d, ctx, true);
      default: throw new Error(choice);
    }
  }

  function listExpr(d, ctx, elem) {
    const leaf = d >= MAX_EXPR_DEPTH;
    const listVars = varsOfType(ctx, 'list', elem);
    const choice = rng.weighted([
      [leaf ? 0 : 3, 'create'],
      [leaf ? 1 : 0.8, 'empty'],
      [listVars.length ? 1.5 : 0, 'var'],
      [leaf ? 0 : 0.15, 'ternary'],
    ]);
    switch (choice) {
      case 'create': {
        const count = rng.int(0, 5);
        const items = [];
        for (let i = 0; i < count; i++) {
          items.push(rng.chance(0.6)
            ? (elem === 'number' ? litNum(numberLiteral()) : litText(rng.pick(WORDS)))
            : input(elem, d + 1, ctx, false));
        }
        return list(...items);
      }
      case 'empty': return emptyList();
      case 'var': return get(rng.pick(listVars));
      case 'ternary': return ternary(input('boolean', d + 1, ctx), listExpr(d + 1, ctx, elem), listExpr(d + 1, ctx, elem));
      default: throw new Error(choice);
    }
  }

  function valueOfVar(info, d, ctx) {
    if (program.mixProb && rng.chance(program.mixProb)) return input(rng.pick(TYPES), d, ctx, false);
    if (info.type === 'list') return rng.chance(program.missingProb) ? null : listExpr(d, ctx, info.elem);
    return input(info.type, d, ctx, false);
  }

  function call(proc, d, ctx, asValue) {
    proc.called = true;
    const args = proc.params.map((p) => (p.type === 'list' ? listExpr(d + 1, ctx, 'number') : input(p.type, d + 1, ctx, false)));
    const names = proc.params.map((p) => p.name);
    return asValue ? callReturn(proc.name, names, args) : callNoReturn(proc.name, names, args);
  }

  // ---- statements --------------------------------------------------------------------
  function body(ctx, min, max) {
    const count = rng.int(min, ctx.depth >= 2 ? Math.min(max, 2) : max);
    const statements = [];
    for (let i = 0; i < count; i++) {
      statements.push(...statement(ctx));
      // break/continue have no next connection: nothing can follow them.
      if (statements.length && isFlow(statements[statements.length - 1])) break;
    }
    return statements;
  }

  function nested(ctx, changes) {
    return {...ctx, depth: ctx.depth + 1, locked: new Set(ctx.locked), ...changes};
  }

  function noteMult(ctx, mult) {
    if (ctx.proc) ctx.proc.cost = Math.max(ctx.proc.cost, mult);
  }

  function loopCount(ctx) {
    const most = Math.min(MAX_LOOP, Math.floor(MAX_ITERATIONS / ctx.mult));
    return rng.int(0, 1) === 0 ? rng.int(1, Math.min(most, 6)) : rng.int(0, most);
  }

  function statement(ctx) {
    const nestWeight = [1, 0.7, 0.4, 0.2][ctx.depth] || 0;
    const canNest = ctx.depth < MAX_DEPTH;
    const canLoop = canNest && ctx.mult * 2 <= MAX_ITERATIONS;
    const numAssignable = assignable(ctx, 'number');
    const lists = varsOfType(ctx, 'list');
    const noReturnProcs = callableProcs(ctx, 'noreturn');
    const choice = rng.weighted([
      [program.printsLeft > 0 ? 2.6 : 0, 'print'],
      [3, 'set'],
      [numAssignable.length ? 1.4 : 0, 'change'],
      [canNest ? 2 * nestWeight : 0, 'if'],
      [canLoop ? 1 * nestWeight : 0, 'repeat'],
      [canLoop ? 0.5 * nestWeight : 0, 'repeatField'],
      [canLoop && numAssignable.length ? 0.7 * nestWeight : 0, 'while'],
      [canLoop && numAssignable.length ? 1.1 * nestWeight : 0, 'for'],
      [canLoop ? 0.9 * nestWeight : 0, 'forEach'],
      [lists.length ? 1.3 : 0, 'setIndex'],
      [lists.length ? 0.45 : 0, 'remove'],
      [ctx.inLoop ? 0.6 : 0, 'flow'],
      [noReturnProcs.length ? 1.6 : 0, 'call'],
      [ctx.proc ? 0.7 : 0, 'ifReturn'],
    ]);
    switch (choice) {
      case 'print': {
        program.printsLeft--;
        const type = rng.weighted([[3, 'number'], [3, 'text'], [0.8, 'boolean'], [0.8, 'list']]);
        return [print(input(type, 0, ctx, false))];
      }
      case 'set': {
        const names = [...scopeVars(ctx)].filter(([n]) => !ctx.locked.has(n));
        if (!names.length) return [];
        const [name, info] = rng.pick(names);
        return [set(name, valueOfVar(info, 0, ctx))];
      }
      case 'change': return [change(rng.pick(numAssignable), input('number', 1, ctx))];
      case 'if': {
        const branches = rng.weighted([[5, 1], [2, 2], [0.7, 3]]);
        const inner = nested(ctx);
        const parts = [];
        for (let i = 0; i < branches; i++) parts.push([input('boolean', 0, ctx), body(inner, 1, 3)]);
        return [ifElse(parts, rng.chance(0.45) ? body(inner, 1, 2) : undefined)];
      }
      case 'repeat':
      case 'repeatField': {
        const n = loopCount(ctx);
        const inner = nested(ctx, {mult: ctx.mult * Math.max(n, 1), inLoop: true, noContinue: false});
        noteMult(ctx, inner.mult);
        if (choice === 'repeatField') return [repeatField(n, body(inner, 1, 3))];
        let times;
        if (rng.chance(0.85)) {
          times = litNum(n);
        } else {
          const a = rng.int(0, n);
          times = arith('ADD', num(a), num(n - a));
        }
        return [repeatExt(times, body(inner, 1, 3))];
      }
      case 'while': {
        const counter = rng.pick(numAssignable);
        const n = loopCount(ctx);
        const start = rng.int(0, 3);
        const inner = nested(ctx, {mult: ctx.mult * Math.max(n, 1), inLoop: true});
        inner.locked.add(counter);
        noteMult(ctx, inner.mult);
        const stepFirst = rng.chance(0.5);
        inner.noContinue = !stepFirst;
        const down = rng.chance(0.3);
        const step = change(counter, num(down ? -1 : 1));
        const rest = body(inner, 1, 3);
        let loopBody;
        if (stepFirst) loopBody = [step, ...rest];
        else if (rest.length && isFlow(rest[rest.length - 1])) loopBody = [...rest.slice(0, -1), step, rest[rest.length - 1]];
        else loopBody = [...rest, step];
        const init = set(counter, num(down ? start + n : start));
        const limit = num(down ? start : start + n);
        const useUntil = rng.chance(0.4);
        let loop;
        if (!down) {
          loop = useUntil ? untilLoop(cmp('GTE', get(counter), limit), loopBody) : whileLoop(cmp('LT', get(counter), limit), loopBody);
        } else {
          loop = useUntil ? untilLoop(cmp('LTE', get(counter), limit), loopBody) : whileLoop(cmp('GT', get(counter), limit), loopBody);
        }
        return [init, loop];
      }
      case 'for': {
        const variable = rng.pick(numAssignable);
        const n = loopCount(ctx);
        const by = rng.weighted([[6, 1], [1.5, 2], [0.6, 3], [0.4, 0.5]]);
        const from = rng.int(-2, 5);
        const down = rng.chance(0.25);
        const span = Math.max(0, n - 1) * by;
        const to = down ? from - span : from + span;
        const iterations = Math.max(n, 1);
        const inner = nested(ctx, {mult: ctx.mult * iterations, inLoop: true, noContinue: false});
        inner.locked.add(variable);
        noteMult(ctx, inner.mult);
        let fromValue = litNum(from);
        let toValue = litNum(to);
        let byValue = litNum(rng.chance(0.15) ? -by : by);
        if (rng.chance(0.15)) {
          // Non-literal bounds take the generator's run-time direction path.
          fromValue = arith('ADD', num(from), num(0));
          toValue = arith('MULTIPLY', num(to), num(1));
          if (rng.chance(0.5)) byValue = arith('MINUS', num(by), num(0));
        }
        return [forLoop(variable, fromValue, toValue, byValue, body(inner, 1, 3))];
      }
      case 'forEach': {
        const elem = rng.weighted([[4, 'number'], [1, 'text']]);
        const candidates = assignable(ctx, elem);
        if (!candidates.length) return [];
        const variable = rng.pick(candidates);
        const listVars = varsOfType(ctx, 'list', elem);
        const listValue = listVars.length && rng.chance(0.7) ? get(rng.pick(listVars)) : listExpr(1, ctx, elem);
        const inner = nested(ctx, {mult: ctx.mult * 5, inLoop: true, noContinue: false});
        inner.locked.add(variable);
        noteMult(ctx, inner.mult);
        return [forEach(variable, listValue, body(inner, 1, 3))];
      }
      case 'setIndex': {
        const name = rng.pick(lists);
        const info = scopeVars(ctx).get(name);
        const mode = rng.weighted([[1, 'SET'], [1.3, 'INSERT']]);
        const where = rng.weighted([[1, 'FIRST'], [3, 'LAST'], [2, 'FROM_START'], [1, 'FROM_END'], [0.6, 'RANDOM']]);
        return [setIndex(mode, where, get(name), index(1, ctx), input(info.elem || 'number', 1, ctx, false))];
      }
      case 'remove': {
        const where = rng.weighted([[1.5, 'FIRST'], [1.5, 'LAST'], [2, 'FROM_START'], [1, 'FROM_END'], [0.5, 'RANDOM']]);
        return [removeIndex(where, get(rng.pick(lists)), index(1, ctx))];
      }
      case 'flow': {
        const flow = ctx.noContinue || rng.chance(0.5) ? brk() : cont();
        if (rng.chance(0.8)) return [ifElse([[input('boolean', 0, ctx), [flow]]])];
        return [flow];
      }
      case 'call': return [call(rng.pick(noReturnProcs), 0, ctx, false)];
      case 'ifReturn': {
        const hasValue = ctx.proc.kind === 'return';
        return [ifReturn(input('boolean', 0, ctx), hasValue, hasValue ? input(ctx.proc.returnType, 0, ctx, false) : undefined)];
      }
      default: throw new Error(choice);
    }
  }

  // ---- procedures ----------------------------------------------------------------------
  const procCount = rng.weighted([[6, 0], [2.8, 1], [1.2, 2]]);
  const procDefs = [];
  for (let i = 0; i < procCount; i++) {
    const name = rng.pick(PROC_NAMES.filter((n) => !program.procs.some((p) => p.name === n)));
    const kind = rng.chance(0.5) ? 'noreturn' : 'return';
    const params = [];
    const paramCount = rng.weighted([[1, 0], [2, 1], [1.5, 2]]);
    for (let j = 0; j < paramCount; j++) {
      let pname;
      let ptype = rng.weighted([[8, 'number'], [1.5, 'text'], [0.5, 'list']]);
      const globals = [...program.vars].filter(([n, info]) => info.type === ptype && !params.some((p) => p.name === n));
      if (globals.length && rng.chance(0.12)) {
        pname = rng.pick(globals)[0]; // a parameter that shadows a global variable
      } else {
        pname = rng.pick(PARAM_NAMES.filter((n) => !params.some((p) => p.name === n) && !program.vars.has(n)));
      }
      params.push({name: pname, type: ptype});
    }
    const proc = {name, kind, params, returnType: kind === 'return' ? rng.weighted([[7, 'number'], [3, 'text']]) : undefined, cost: 1, called: false};
    program.procs.push(proc);
    const ctx = {depth: 1, mult: 1, inLoop: false, noContinue: false, locked: new Set(), proc, procIndex: i};
    const stack = body(ctx, kind === 'return' ? 0 : 1, 3);
    const returnValue = kind === 'return' ? input(proc.returnType, 0, ctx, false) : undefined;
    procDefs.push(kind === 'return'
      ? defReturn(name, params.map((p) => p.name), stack, returnValue)
      : defNoReturn(name, params.map((p) => p.name), stack));
  }

  // ---- main program -----------------------------------------------------------------------
  const mainCtx = {depth: 0, mult: 1, inLoop: false, noContinue: false, locked: new Set()};
  const statements = [];
  for (const [name, info] of program.vars) {
    if (rng.chance(0.97)) statements.push(set(name, info.type === 'list' ? listExpr(1, mainCtx, info.elem) : expr(info.type, 1, mainCtx)));
    initialized.add(name);
  }
  initializing = false;
  statements.push(...body(mainCtx, 2, 6));
  for (const proc of program.procs) {
    if (!proc.called) {
      statements.push(proc.kind === 'noreturn' ? call(proc, 0, mainCtx, false) : print(call(proc, 0, mainCtx, true)));
    }
  }
  if (!statements.some((s) => s.type === 'text_print') || rng.chance(0.3)) {
    const [name] = rng.pick([...program.vars]);
    statements.push(print(get(name)));
  }
  if (rng.chance(0.05) && statements.length > 2) {
    const i = rng.int(1, statements.length - 1);
    statements[i] = disabled(statements[i]);
  }

  const topBlocks = [];
  if (statements.length > 4 && rng.chance(0.15)) {
    const cut = rng.int(2, statements.length - 2);
    topBlocks.push(at(20, 20, statements.slice(0, cut)));
    topBlocks.push(at(rng.int(20, 400), rng.int(200, 600), statements.slice(cut)));
  } else {
    topBlocks.push(at(rng.int(10, 40), rng.int(10, 40), statements));
  }
  procDefs.forEach((def, i) => topBlocks.push(at(rng.int(450, 550), 20 + i * 320 + rng.int(0, 40), def)));
  if (rng.chance(0.04)) {
    topBlocks.push(at(rng.int(20, 300), rng.int(650, 800), expr('number', 1, mainCtx)));
  }
  // Blockly keeps top blocks in JSON order; shuffle a little so JSON order is not execution order.
  if (topBlocks.length > 1 && rng.chance(0.3)) topBlocks.reverse();

  const summary = {
    variables: program.vars.size,
    procedures: program.procs.length,
    mixedTypes: program.mixProb > 0,
  };
  return {blocks: topBlocks, summary};
}
