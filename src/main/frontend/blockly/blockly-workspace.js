// <stepwise-blockly-workspace>: the browser half of org.stepwise.blockly.BlocklyWorkspace.
//
// Java sets properties (toolbox, blockDefinitions, language, blockMessages, blocklyMessages,
// keyboardHelp, editable, maxBlocks, localStorageKey) and calls methods (load, highlight, readLocalBackup,
// clearLocalBackup, showKeyboardHelp); the element answers with two DOM events:
//   stepwise-workspace-change     {json, blockCount}  after edits, debounced (see flush())
//   stepwise-block-count-change   {blockCount}        at once, when the number of blocks changes
// Blockly lives in the light DOM (its CSS, menus and dropdowns belong to the document), is created
// when the element is connected and disposed when it is disconnected; a reconnected element
// rebuilds it from the program it held.
import * as Blockly from 'blockly/core';
import 'blockly/blocks';
import css from './blockly-workspace.css?inline';
import {useLanguage} from './languages.js';
import {CREATE_VARIABLE, changesWithProgram, flyoutToolbox} from './toolbox.js';
import {addKeyboardNavigation, removeKeyboardNavigation} from './keyboard-navigation.js';
import {clearBackup, readBackup, writeBackup} from './local-backup.js';

/** Quiet time after the last edit before the program is sent. */
const DEBOUNCE_MS = 700;
/** Longest an edit waits while editing goes on. */
const MAX_WAIT_MS = 2000;
/** Blockly's media (sprites, cursors, sounds), copied from the npm package by Vaadin (@NpmPackage assets). */
const MEDIA = 'assets/blockly/media/';
/** Space between the visible area's top-left corner and a loaded program's, in pixels. */
const PROGRAM_MARGIN_PX = 16;

const CHANGE_EVENT = 'stepwise-workspace-change';
const BLOCK_COUNT_EVENT = 'stepwise-block-count-change';
const PROPERTIES = ['toolbox', 'blockDefinitions', 'language', 'blockMessages', 'blocklyMessages', 'keyboardHelp', 'editable',
  'maxBlocks', 'localStorageKey', 'scale'];
/** How large blocks are drawn unless told otherwise (1 is Blockly's own size). */
const DEFAULT_SCALE = 0.8;

// The workspace's CSS, once per page (Blockly's own CSS goes into the document too).
const style = document.createElement('style');
style.id = 'stepwise-blockly-workspace-style';
style.textContent = css;
document.head.append(style);

// "Help" on a block opens Blockly's help pages on other sites: not for children, and the app
// contacts no host but its own.
if (Blockly.ContextMenuRegistry.registry.getItem('blockHelp')) {
  Blockly.ContextMenuRegistry.registry.unregister('blockHelp');
}

/** Blockly's classic colours; the selected block glows blue (yellow marks the block being run). */
const THEME = Blockly.Theme.defineTheme('stepwise', {
  base: Blockly.Themes.Classic,
  componentStyles: {selectedGlowColour: '#1676f3'},
});

/** Block type → the JSON it was defined from. Blockly's block registry is page-wide; so is this. */
const defined = new Map();

function defineBlocks(definitions) {
  const fresh = (definitions ?? []).filter((d) => defined.get(d.type) !== JSON.stringify(d));
  if (fresh.length) {
    Blockly.common.defineBlocksWithJsonArray(fresh);
    fresh.forEach((d) => defined.set(d.type, JSON.stringify(d)));
  }
}

/** Blocks as a block limit counts them: shadow blocks (the grey defaults inside inputs) are free. */
function countBlocks(workspace) {
  return workspace.getAllBlocks(false).filter((b) => !b.isShadow() && !b.isInsertionMarker()).length;
}

class StepwiseBlocklyWorkspace extends HTMLElement {
  #toolbox = [];
  #blockDefinitions = [];
  #language = 'en';
  #blockMessages = {};
  #blocklyMessages = {};
  #keyboardHelp = null;
  #editable = true;
  #maxBlocks = null;
  #localStorageKey = null;
  #scale = DEFAULT_SCALE;

  #workspace = null;
  #container = null;
  #resizeObserver = null;
  #helpDialog = null;
  /** The program as last loaded or seen by the edit check: JSON text ('' before anything was loaded). */
  #lastJson = '';
  /** An edit not yet sent to the server. */
  #unsent = null;
  #firstUnsentAt = 0;
  #sendTimer = 0;
  #reportedCount = 0;
  #editCheckQueued = false;
  #relocalizeQueued = false;
  #shownToolbox = '';
  #highlighted = null;
  /** [target, type, listener, capture] of every listener added outside Blockly, removed on dispose. */
  #listeners = [];

  constructor() {
    super();
    // Properties Flow set before this element was upgraded shadow the accessors: take them over.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  // ---- properties set by Java ---------------------------------------------------------------

  set toolbox(types) {
    this.#toolbox = Array.isArray(types) ? types : [];
    this.#refreshToolbox(true);
  }

  get toolbox() {
    return this.#toolbox;
  }

  set blockDefinitions(definitions) {
    this.#blockDefinitions = Array.isArray(definitions) ? definitions : [];
    defineBlocks(this.#blockDefinitions);
  }

  get blockDefinitions() {
    return this.#blockDefinitions;
  }

  set language(language) {
    this.#language = language || 'en';
    this.#relocalizeSoon();
  }

  get language() {
    return this.#language;
  }

  set blockMessages(messages) {
    this.#blockMessages = messages ?? {};
    this.#relocalizeSoon();
  }

  get blockMessages() {
    return this.#blockMessages;
  }

  set blocklyMessages(messages) {
    this.#blocklyMessages = messages ?? {};
    this.#relocalizeSoon();
  }

  get blocklyMessages() {
    return this.#blocklyMessages;
  }

  set keyboardHelp(help) {
    this.#keyboardHelp = help ?? null;
    this.#relocalizeSoon();
  }

  get keyboardHelp() {
    return this.#keyboardHelp;
  }

  set editable(editable) {
    this.#editable = editable !== false;
    this.toggleAttribute('readonly', !this.#editable);
    this.#workspace?.setIsReadOnly(!this.#editable);
  }

  get editable() {
    return this.#editable;
  }

  set maxBlocks(max) {
    this.#maxBlocks = Number.isInteger(max) && max >= 0 ? max : null;
    if (this.#workspace) {
      this.#workspace.options.maxBlocks = this.#maxBlocks ?? Infinity;
      this.#refreshToolbox(true);
    }
  }

  get maxBlocks() {
    return this.#maxBlocks;
  }

  /** How large the blocks are drawn (the projector draws them larger); the zoom buttons still work. */
  set scale(scale) {
    this.#scale = Number.isFinite(scale) && scale > 0 ? scale : DEFAULT_SCALE;
    this.#workspace?.setScale(this.#scale);
  }

  get scale() {
    return this.#scale;
  }

  set localStorageKey(key) {
    this.#localStorageKey = key || null;
  }

  get localStorageKey() {
    return this.#localStorageKey;
  }

  // ---- methods called by Java ---------------------------------------------------------------

  /** Shows this program (Blockly's JSON text; '' empties the workspace). Not an edit: nothing is sent or backed up. */
  load(json) {
    this.#cancelSend();
    this.#highlighted = null;
    this.#lastJson = json || '';
    if (this.#workspace) {
      this.#loadIntoWorkspace(this.#lastJson);
    }
  }

  /** Marks the block being run and scrolls it into view; null clears the mark. */
  highlight(blockId) {
    this.#highlighted = blockId || null;
    const workspace = this.#workspace;
    if (!workspace) {
      return;
    }
    workspace.highlightBlock(this.#highlighted);
    const block = this.#highlighted ? workspace.getBlockById(this.#highlighted) : null;
    if (block && !this.#inView(block)) {
      workspace.centerOnBlock(block.id, true);
    }
  }

  readLocalBackup() {
    return this.#localStorageKey ? readBackup(this.#localStorageKey) : '';
  }

  clearLocalBackup() {
    if (this.#localStorageKey) {
      clearBackup(this.#localStorageKey);
    }
  }

  showKeyboardHelp() {
    const help = this.#keyboardHelp;
    if (!help) {
      return;
    }
    this.#helpDialog?.remove();
    const dialog = document.createElement('dialog');
    dialog.className = 'stepwise-blockly-help';
    const title = document.createElement('h2');
    title.textContent = help.title;
    const intro = document.createElement('p');
    intro.textContent = help.intro;
    const table = document.createElement('table');
    for (const row of help.rows ?? []) {
      const tr = table.insertRow();
      const keys = document.createElement('th');
      const kbd = document.createElement('kbd');
      kbd.textContent = row.keys;
      keys.append(kbd);
      tr.append(keys);
      tr.insertCell().textContent = row.action;
    }
    const close = document.createElement('button');
    close.textContent = help.close;
    close.addEventListener('click', () => dialog.close());
    dialog.append(title, intro, table, close);
    dialog.addEventListener('close', () => {
      dialog.remove();
      this.#helpDialog = null;
      this.#workspace && Blockly.getFocusManager().focusTree(this.#workspace);
    });
    this.append(dialog);
    this.#helpDialog = dialog;
    dialog.showModal();
  }

  /** Sends the edit waiting to be sent, if any. */
  flush() {
    clearTimeout(this.#sendTimer);
    this.#sendTimer = 0;
    if (this.#unsent === null) {
      return;
    }
    const json = this.#unsent;
    this.#unsent = null;
    this.dispatchEvent(new CustomEvent(CHANGE_EVENT, {detail: {json, blockCount: this.#reportedCount}}));
  }

  // ---- life cycle ---------------------------------------------------------------------------

  connectedCallback() {
    if (!this.#workspace) {
      this.#create();
    }
  }

  disconnectedCallback() {
    this.flush();
    this.#dispose();
  }

  #create() {
    useLanguage(this.#language, this.#blockMessages, this.#blocklyMessages);
    defineBlocks(this.#blockDefinitions);
    this.#container = document.createElement('div');
    this.#container.className = 'stepwise-blockly-injection';
    this.prepend(this.#container);
    const workspace = Blockly.inject(this.#container, {
      toolbox: flyoutToolbox(this.#toolbox, null),
      media: new URL(MEDIA, document.baseURI).href,
      sounds: true,
      renderer: 'zelos',
      theme: THEME,
      trashcan: true,
      zoom: {controls: true, wheel: false, pinch: true, startScale: this.#scale},
      move: {scrollbars: true, drag: true, wheel: true},
      maxBlocks: this.#maxBlocks ?? Infinity,
      // For children: no comments, no collapsing, no disabling blocks from the context menu.
      comments: false,
      collapse: false,
      disable: false,
      oneBasedIndex: true,
    });
    this.#workspace = workspace;
    // A block limit counts what grading counts: no shadow blocks (Blockly counts them too).
    workspace.remainingCapacity = () =>
      workspace.options.maxBlocks === Infinity ? Infinity : workspace.options.maxBlocks - countBlocks(workspace);
    workspace.registerButtonCallback(CREATE_VARIABLE, () => {
      if (!workspace.isReadOnly()) {
        Blockly.Variables.createVariableButtonHandler(workspace);
      }
    });
    workspace.addChangeListener((event) => this.#onBlocklyEvent(event));
    workspace.setIsReadOnly(!this.#editable);
    addKeyboardNavigation(workspace, () => this.showKeyboardHelp());

    this.#loadIntoWorkspace(this.#lastJson);

    this.#resizeObserver = new ResizeObserver(() => Blockly.svgResize(workspace));
    this.#resizeObserver.observe(this);
    this.#listen(this, 'focusout', (e) => {
      if (!this.contains(e.relatedTarget)) {
        this.flush();
      }
    });
    // A press anywhere else (a Run button) sends the edit first, so the server sees it before the click.
    this.#listen(document, 'pointerdown', (e) => {
      if (!this.contains(e.target)) {
        this.flush();
      }
    }, true);
    // Capture phase: before Flow's own pagehide listener tells the server the page is gone.
    this.#listen(window, 'pagehide', () => this.flush(), true);
    this.#listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        this.flush();
      }
    });
  }

  #dispose() {
    for (const [target, type, listener, capture] of this.#listeners) {
      target.removeEventListener(type, listener, capture);
    }
    this.#listeners = [];
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#helpDialog?.remove();
    this.#helpDialog = null;
    const workspace = this.#workspace;
    if (workspace) {
      this.#lastJson = this.#save();
      Blockly.hideChaff(); // menus, dropdowns and tooltips live in the document, not in the workspace
      removeKeyboardNavigation(workspace);
      workspace.dispose();
    }
    this.#workspace = null;
    this.#container?.remove();
    this.#container = null;
    this.#shownToolbox = '';
  }

  #listen(target, type, listener, capture = false) {
    target.addEventListener(type, listener, capture);
    this.#listeners.push([target, type, listener, capture]);
  }

  // ---- edits --------------------------------------------------------------------------------

  #onBlocklyEvent(event) {
    if (event.type === Blockly.Events.BLOCK_DRAG && !event.isStart) {
      this.#checkForEditSoon(); // a drag ended: its create and move events were waiting for it
    } else if (!event.isUiEvent) {
      this.#checkForEditSoon();
    }
  }

  /** Blockly fires its events in batches; one check per batch. */
  #checkForEditSoon() {
    if (this.#editCheckQueued) {
      return;
    }
    this.#editCheckQueued = true;
    queueMicrotask(() => {
      this.#editCheckQueued = false;
      const workspace = this.#workspace;
      if (!workspace || workspace.isDragging()) {
        return;
      }
      this.#reportBlockCount();
      this.#refreshToolbox();
      const json = this.#save();
      if (json === this.#lastJson) {
        return; // events of a load, or an edit that changed nothing
      }
      this.#lastJson = json;
      if (this.#localStorageKey) {
        writeBackup(this.#localStorageKey, JSON.parse(json));
      }
      this.#unsent = json;
      this.#scheduleSend();
    });
  }

  #scheduleSend() {
    const now = performance.now();
    if (!this.#sendTimer) {
      this.#firstUnsentAt = now;
    }
    clearTimeout(this.#sendTimer);
    const wait = Math.min(DEBOUNCE_MS, this.#firstUnsentAt + MAX_WAIT_MS - now);
    this.#sendTimer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  #cancelSend() {
    clearTimeout(this.#sendTimer);
    this.#sendTimer = 0;
    this.#unsent = null;
  }

  #reportBlockCount() {
    const count = this.#workspace ? countBlocks(this.#workspace) : 0;
    if (count !== this.#reportedCount) {
      this.#reportedCount = count;
      this.dispatchEvent(new CustomEvent(BLOCK_COUNT_EVENT, {detail: {blockCount: count}}));
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The program as JSON text (Blockly's save; "{}" for an empty workspace). */
  #save() {
    return this.#workspace ? JSON.stringify(Blockly.serialization.workspaces.save(this.#workspace)) : this.#lastJson;
  }

  #loadIntoWorkspace(json) {
    const workspace = this.#workspace;
    useLanguage(this.#language, this.#blockMessages, this.#blocklyMessages);
    try {
      if (json) {
        Blockly.serialization.workspaces.load(JSON.parse(json), workspace);
      } else {
        workspace.clear();
      }
    } catch (e) {
      console.error('Stepwise could not load the program into the workspace', e);
      workspace.clear();
    }
    this.#lastJson = this.#save();
    this.#reportBlockCount();
    this.#refreshToolbox(true);
    this.#scrollToProgram();
    if (this.#highlighted) {
      this.highlight(this.#highlighted);
    }
  }

  /**
   * Shows the program's top-left corner at the top left of the visible area, beside the flyout.
   * Blockly keeps the scroll position it had before the load, worked out from the size it had then
   * (none, right after injection), which can leave loaded blocks (an exercise's start blocks, a
   * restored program) under the flyout, where they cannot be reached.
   */
  #scrollToProgram() {
    const workspace = this.#workspace;
    if (!workspace.getTopBlocks(false).length) {
      return;
    }
    Blockly.svgResize(workspace); // the current size, or the scroll is limited to a stale one
    const box = workspace.getBlocksBoundingBox();
    workspace.scroll(PROGRAM_MARGIN_PX - box.left * workspace.scale, PROGRAM_MARGIN_PX - box.top * workspace.scale);
  }

  #refreshToolbox(force = false) {
    const workspace = this.#workspace;
    if (!workspace || (!force && this.#shownToolbox && !changesWithProgram(this.#toolbox))) {
      return;
    }
    if (workspace.isDragging()) {
      return; // the drag's end checks again
    }
    const toolbox = flyoutToolbox(this.#toolbox, workspace);
    const text = JSON.stringify(toolbox);
    if (force || text !== this.#shownToolbox) {
      this.#shownToolbox = text;
      workspace.updateToolbox(toolbox);
    }
  }

  #relocalizeSoon() {
    if (this.#relocalizeQueued) {
      return;
    }
    this.#relocalizeQueued = true;
    queueMicrotask(() => {
      this.#relocalizeQueued = false;
      if (this.#workspace) {
        // Blocks take their words when they are made: make them again, with the same ids.
        this.#loadIntoWorkspace(this.#save());
      }
    });
  }


  #inView(block) {
    const view = this.#workspace.getMetricsManager().getViewMetrics(true);
    const box = block.getBoundingRectangle();
    return box.left >= view.left && box.top >= view.top && box.right <= view.left + view.width && box.bottom <= view.top + view.height;
  }
}

customElements.define('stepwise-blockly-workspace', StepwiseBlocklyWorkspace);
