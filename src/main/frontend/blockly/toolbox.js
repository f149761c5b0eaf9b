// The flyout beside the program: exactly the block types Java asked for, in that order. Blocks
// that name a variable or a procedure cannot be offered blank, so they are offered once for each
// variable (with a "Create variable…" button before them) and once for each procedure.
import * as Blockly from 'blockly/core';

/** Blocks shown once per variable ("set" and "change" for the first one only, like Blockly's own category). */
const VARIABLE_BLOCKS = new Set(['variables_get', 'variables_set', 'math_change']);
/** Procedure definitions, and the message with their starting name ("do something"; Blockly's own is blank). */
const DEFINITION_BLOCKS = new Map([
  ['procedures_defnoreturn', 'PROCEDURES_DEFNORETURN_PROCEDURE'],
  ['procedures_defreturn', 'PROCEDURES_DEFRETURN_PROCEDURE'],
]);
/** Procedure calls, and whether they call procedures that return a value. */
const CALL_BLOCKS = new Map([['procedures_callnoreturn', false], ['procedures_callreturn', true]]);

export const CREATE_VARIABLE = 'stepwise-create-variable';

/** Whether the flyout depends on the program (its variables or procedures). */
export function changesWithProgram(types) {
  return types.some((type) => VARIABLE_BLOCKS.has(type) || CALL_BLOCKS.has(type));
}

/** Blockly's JSON toolbox definition for these block types and this workspace's variables and procedures. */
export function flyoutToolbox(types, workspace) {
  const contents = [];
  const variables = workspace
    ? workspace.getVariableMap().getVariablesOfType('').slice()
        .sort((a, b) => a.getName().localeCompare(b.getName(), undefined, {sensitivity: 'base'}))
    : [];
  const [procedures, functions] = workspace ? Blockly.Procedures.allProcedures(workspace) : [[], []];
  let buttonShown = false;
  for (const type of types) {
    if (!Blockly.Blocks[type]) {
      console.warn(`Stepwise toolbox: there is no block "${type}"; it is left out`);
    } else if (VARIABLE_BLOCKS.has(type)) {
      if (!buttonShown) {
        contents.push({kind: 'button', text: '%{BKY_NEW_VARIABLE}', callbackkey: CREATE_VARIABLE});
        buttonShown = true;
      }
      const shown = type === 'variables_get' ? variables : variables.slice(0, 1);
      for (const variable of shown) {
        contents.push({kind: 'block', type, fields: {VAR: {name: variable.getName(), type: variable.getType()}}});
      }
    } else if (DEFINITION_BLOCKS.has(type)) {
      contents.push({kind: 'block', type, fields: {NAME: Blockly.Msg[DEFINITION_BLOCKS.get(type)]}});
    } else if (CALL_BLOCKS.has(type)) {
      for (const [name, params] of CALL_BLOCKS.get(type) ? functions : procedures) {
        contents.push({kind: 'block', type, extraState: params.length ? {name, params} : {name}});
      }
    } else {
      contents.push({kind: 'block', type});
    }
  }
  return {kind: 'flyoutToolbox', contents};
}
