// ProjectorLatency: puts a program into a student's workspace and sends it to the server the way
// the workspace element sends an edit. Evaluated with {json, blockCount}. The element's own load()
// shows the program (load is "not an edit": it sends nothing), then the element's change event
// (stepwise-workspace-change, what it dispatches after a student's edit, see
// blockly-workspace.js) makes the exercise view autosave it through the usual round trip.
// Dragging every block by mouse would also work (WorkspaceDriver) but takes seconds per program
// and is not what is measured here.
({json, blockCount}) => {
  const workspace = document.querySelector('#workspace');
  if (!workspace || typeof workspace.load !== 'function') {
    throw new Error('no Blockly workspace element (#workspace) on this page');
  }
  workspace.load(json);
  workspace.dispatchEvent(new CustomEvent('stepwise-workspace-change', {detail: {json, blockCount}}));
}
