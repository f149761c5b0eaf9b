// Keyboard navigation (@blockly/keyboard-navigation) for every workspace on the page.
//
// The plugin registers its shortcuts in Blockly's page-wide ShortcutRegistry, so a page can hold
// only one plugin instance; the shortcuts act on whichever workspace has focus. The first
// workspace builds the plugin; later ones are added to the plugin's navigation controller. When
// the workspace that built it goes, the plugin is rebuilt for the ones left. With no workspace
// left, nothing of it remains registered.
import * as Blockly from 'blockly/core';
import {KeyboardNavigation} from '@blockly/keyboard-navigation';

// Once per page, before the first Blockly.inject (the plugin's README).
KeyboardNavigation.registerKeyboardNavigationStyles();
KeyboardNavigation.registerFlyoutCursor();

const HELP_SHORTCUT = 'list_shortcuts';

let plugin = null;
let owner = null;
/** Workspace → function that shows that workspace's keyboard help. */
const members = new Map();

export function addKeyboardNavigation(workspace, showHelp) {
  members.set(workspace, showHelp);
  if (!plugin) {
    plugin = new KeyboardNavigation(workspace);
    owner = workspace;
    replaceHelpShortcut();
  } else {
    // The plugin has no public way to serve a second workspace; its controller does it.
    const controller = plugin.navigationController;
    controller.addWorkspace(workspace);
    controller.enable(workspace);
  }
}

export function removeKeyboardNavigation(workspace) {
  if (!members.delete(workspace) || !plugin) {
    return;
  }
  if (workspace !== owner) {
    plugin.navigationController.removeWorkspace(workspace);
    return;
  }
  plugin.dispose();
  plugin = null;
  owner = null;
  const rest = [...members];
  members.clear();
  for (const [other, showHelp] of rest) {
    addKeyboardNavigation(other, showHelp);
  }
}

/** "/" opens Stepwise's translated help instead of the plugin's English list of shortcuts. */
function replaceHelpShortcut() {
  const registry = Blockly.ShortcutRegistry.registry;
  if (registry.getRegistry()[HELP_SHORTCUT]) {
    registry.unregister(HELP_SHORTCUT);
  }
  registry.register({
    name: HELP_SHORTCUT,
    preconditionFn: (workspace) => members.has(mainWorkspace(workspace)),
    callback: (workspace) => {
      members.get(mainWorkspace(workspace))();
      return true;
    },
    keyCodes: [Blockly.utils.KeyCodes.SLASH],
  });
}

function mainWorkspace(workspace) {
  return workspace.targetWorkspace ?? workspace;
}
