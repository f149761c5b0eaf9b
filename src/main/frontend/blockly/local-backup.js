// A copy of the program in the browser's localStorage, rewritten on every edit, so that work
// survives a reload or a lost connection. Stored shape (org.stepwise.blockly.LocalBackup reads it):
//   {"format": 1, "savedAt": <milliseconds since 1970, UTC>, "workspace": <Blockly's JSON>}
// localStorage can be missing, full or forbidden (private windows): a backup is a convenience,
// so failures are logged and otherwise ignored.

const FORMAT = 1;

export function writeBackup(key, workspaceState) {
  try {
    localStorage.setItem(key, JSON.stringify({format: FORMAT, savedAt: Date.now(), workspace: workspaceState}));
  } catch (e) {
    console.warn(`Stepwise could not keep a copy of the program in localStorage ("${key}")`, e);
  }
}

/** The stored text, or '' when there is none. */
export function readBackup(key) {
  try {
    return localStorage.getItem(key) ?? '';
  } catch (e) {
    console.warn(`Stepwise could not read the copy of the program in localStorage ("${key}")`, e);
    return '';
  }
}

export function clearBackup(key) {
  try {
    localStorage.removeItem(key);
  } catch (e) {
    console.warn(`Stepwise could not remove the copy of the program from localStorage ("${key}")`, e);
  }
}
