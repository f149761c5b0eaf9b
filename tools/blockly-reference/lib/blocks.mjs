// A compact way to write block specs in Blockly's JSON serialization format
// (without ids; Blockly assigns them when the spec is loaded).
//
// Value arguments are block specs, or shadow(spec), or over(block, shadowSpec),
// or null/undefined for an empty input. Statement arguments are arrays of
// statement specs (or a single spec); they are chained with "next".

const SHADOW = Symbol('shadow');
const OVER = Symbol('over');

/** A shadow block in an input (what a toolbox puts there by default). */
export function shadow(spec) {
  return {[SHADOW]: spec};
}

/** A real block placed over a shadow block in the same input. */
export function over(block, shadowSpec) {
  return {[OVER]: [block, shadowSpec]};
}

function valueInput(value) {
  if (value == null) return undefined;
  if (value[SHADOW]) return {shadow: value[SHADOW]};
  if (value[OVER]) return {block: value[OVER][0], shadow: value[OVER][1]};
  return {block: value};
}

/** Chains statement specs with "next" (copies, never mutates its arguments). */
export function chain(statements) {
  const list = Array.isArray(statements) ? statements.filter((s) => s != null) : [statements];
  if (list.length === 0) return undefined;
  let next;
  for (let i = list.length - 1; i >= 0; i--) {
    const copy = {...list[i]};
    if (next) copy.next = {block: next};
    next = copy;
  }
  return next;
}

function statementInput(statements) {
  if (statements == null) return undefined;
  const first = chain(statements);
  return first ? {block: first} : undefined;
}

function block(type, {fields, values, statements, extraState} = {}) {
  const spec = {type};
  if (extraState !== undefined) spec.extraState = extraState;
  if (fields && Object.keys(fields).length) spec.fields = fields;
  const inputs = {};
  for (const [name, value] of Object.entries(values || {})) {
    const input = valueInput(value);
    if (input) inputs[name] = input;
  }
  for (const [name, value] of Object.entries(statements || {})) {
    const input = statementInput(value);
    if (input) inputs[name] = input;
  }
  if (Object.keys(inputs).length) spec.inputs = inputs;
  return spec;
}

/** A top-level stack (or a single loose value block) at an explicit position. */
export function at(x, y, statementsOrBlock) {
  const first = chain(statementsOrBlock);
  return {...first, x, y};
}

/** Marks a block as disabled by the user (Blockly 12's disabledReasons). */
export function disabled(spec) {
  return {...spec, disabledReasons: ['MANUALLY_DISABLED']};
}

const v = (name) => ({name});

// ---- values -------------------------------------------------------------

export const num = (n) => block('math_number', {fields: {NUM: n}});
export const txt = (s) => block('text', {fields: {TEXT: s}});
export const bool = (b) => block('logic_boolean', {fields: {BOOL: b ? 'TRUE' : 'FALSE'}});
export const get = (name) => block('variables_get', {fields: {VAR: v(name)}});

/** op: ADD, MINUS, MULTIPLY, DIVIDE, POWER */
export const arith = (op, a, b) => block('math_arithmetic', {fields: {OP: op}, values: {A: a, B: b}});
export const add = (a, b) => arith('ADD', a, b);
export const sub = (a, b) => arith('MINUS', a, b);
export const mul = (a, b) => arith('MULTIPLY', a, b);
export const div = (a, b) => arith('DIVIDE', a, b);
export const pow = (a, b) => arith('POWER', a, b);
/** op: ROOT, ABS, NEG, LN, LOG10, EXP, POW10 */
export const single = (op, a) => block('math_single', {fields: {OP: op}, values: {NUM: a}});
/** op: ROUND, ROUNDUP, ROUNDDOWN */
export const round = (op, a) => block('math_round', {fields: {OP: op}, values: {NUM: a}});
export const mod = (a, b) => block('math_modulo', {values: {DIVIDEND: a, DIVISOR: b}});
/** property: EVEN, ODD, PRIME, WHOLE, POSITIVE, NEGATIVE, DIVISIBLE_BY */
export const prop = (property, a, divisor) => block('math_number_property', {
  fields: {PROPERTY: property},
  values: property === 'DIVISIBLE_BY' ? {NUMBER_TO_CHECK: a, DIVISOR: divisor} : {NUMBER_TO_CHECK: a},
  extraState: `<mutation divisor_input="${property === 'DIVISIBLE_BY'}"></mutation>`,
});
export const randInt = (from, to) => block('math_random_int', {values: {FROM: from, TO: to}});

/** op: EQ, NEQ, LT, LTE, GT, GTE */
export const cmp = (op, a, b) => block('logic_compare', {fields: {OP: op}, values: {A: a, B: b}});
export const and = (a, b) => block('logic_operation', {fields: {OP: 'AND'}, values: {A: a, B: b}});
export const or = (a, b) => block('logic_operation', {fields: {OP: 'OR'}, values: {A: a, B: b}});
export const not = (a) => block('logic_negate', {values: {BOOL: a}});
export const ternary = (c, a, b) => block('logic_ternary', {values: {IF: c, THEN: a, ELSE: b}});

export const join = (...items) => block('text_join', {
  extraState: {itemCount: items.length},
  values: Object.fromEntries(items.map((item, i) => [`ADD${i}`, item])),
});
export const textLength = (a) => block('text_length', {values: {VALUE: a}});

export const list = (...items) => block('lists_create_with', {
  extraState: {itemCount: items.length},
  values: Object.fromEntries(items.map((item, i) => [`ADD${i}`, item])),
});
export const emptyList = () => block('lists_create_empty');
export const listLength = (a) => block('lists_length', {values: {VALUE: a}});

const hasAt = (where) => where === 'FROM_START' || where === 'FROM_END';

/** mode: GET, GET_REMOVE; where: FROM_START, FROM_END, FIRST, LAST, RANDOM */
export const getIndex = (mode, where, listValue, atValue) => block('lists_getIndex', {
  fields: {MODE: mode, WHERE: where},
  values: hasAt(where) ? {VALUE: listValue, AT: atValue} : {VALUE: listValue},
});

export const callReturn = (name, params, args = []) => block('procedures_callreturn', {
  extraState: params.length ? {name, params} : {name},
  values: Object.fromEntries(args.map((arg, i) => [`ARG${i}`, arg])),
});

// ---- statements ---------------------------------------------------------

export const print = (a) => block('text_print', {values: {TEXT: a}});
export const set = (name, a) => block('variables_set', {fields: {VAR: v(name)}, values: {VALUE: a}});
export const change = (name, a) => block('math_change', {fields: {VAR: v(name)}, values: {DELTA: a}});

/** branches: [[condition, statements], ...]; elseStatements: array or undefined (no else) */
export function ifElse(branches, elseStatements) {
  const values = {};
  const statements = {};
  branches.forEach(([condition, body], i) => {
    values[`IF${i}`] = condition;
    statements[`DO${i}`] = body;
  });
  const hasElse = elseStatements !== undefined;
  if (hasElse) statements.ELSE = elseStatements;
  const extraState = branches.length > 1 || hasElse
    ? {...(branches.length > 1 ? {elseIfCount: branches.length - 1} : {}), ...(hasElse ? {hasElse: true} : {})}
    : undefined;
  return block('controls_if', {values, statements, extraState});
}
export const ifThen = (condition, body) => ifElse([[condition, body]]);

export const repeatExt = (times, body) => block('controls_repeat_ext', {values: {TIMES: times}, statements: {DO: body}});
/** controls_repeat: the count is a number field, not an input. */
export const repeatField = (times, body) => block('controls_repeat', {fields: {TIMES: times}, statements: {DO: body}});
export const whileLoop = (condition, body) => block('controls_whileUntil', {fields: {MODE: 'WHILE'}, values: {BOOL: condition}, statements: {DO: body}});
export const untilLoop = (condition, body) => block('controls_whileUntil', {fields: {MODE: 'UNTIL'}, values: {BOOL: condition}, statements: {DO: body}});
export const forLoop = (name, from, to, by, body) => block('controls_for', {
  fields: {VAR: v(name)}, values: {FROM: from, TO: to, BY: by}, statements: {DO: body},
});
export const forEach = (name, listValue, body) => block('controls_forEach', {fields: {VAR: v(name)}, values: {LIST: listValue}, statements: {DO: body}});
export const brk = () => block('controls_flow_statements', {fields: {FLOW: 'BREAK'}});
export const cont = () => block('controls_flow_statements', {fields: {FLOW: 'CONTINUE'}});

/** lists_getIndex in REMOVE mode, which is a statement block. */
export const removeIndex = (where, listValue, atValue) => block('lists_getIndex', {
  extraState: {isStatement: true},
  fields: {MODE: 'REMOVE', WHERE: where},
  values: hasAt(where) ? {VALUE: listValue, AT: atValue} : {VALUE: listValue},
});

/** mode: SET, INSERT; where: FROM_START, FROM_END, FIRST, LAST, RANDOM */
export const setIndex = (mode, where, listValue, atValue, to) => block('lists_setIndex', {
  fields: {MODE: mode, WHERE: where},
  values: hasAt(where) ? {LIST: listValue, AT: atValue, TO: to} : {LIST: listValue, TO: to},
});

export const defNoReturn = (name, params, body) => block('procedures_defnoreturn', {
  fields: {NAME: name},
  extraState: params.length ? {params: params.map((p) => ({name: p}))} : undefined,
  statements: {STACK: body},
});
export const defReturn = (name, params, body, returnValue) => block('procedures_defreturn', {
  fields: {NAME: name},
  extraState: params.length ? {params: params.map((p) => ({name: p}))} : undefined,
  statements: {STACK: body},
  values: {RETURN: returnValue},
});
export const callNoReturn = (name, params, args = []) => block('procedures_callnoreturn', {
  extraState: params.length ? {name, params} : {name},
  values: Object.fromEntries(args.map((arg, i) => [`ARG${i}`, arg])),
});
/** hasValue: true inside procedures_defreturn, false inside procedures_defnoreturn. */
export const ifReturn = (condition, hasValue, value) => block('procedures_ifreturn', {
  extraState: `<mutation value="${hasValue ? 1 : 0}"></mutation>`,
  values: hasValue ? {CONDITION: condition, VALUE: value} : {CONDITION: condition},
});
