// Blockly's texts for each language Stepwise offers. Blockly keeps them in one global table
// (Blockly.Msg), so each workspace puts its language back into it before it builds blocks or
// shows menus. To add a language: import Blockly's file for it here, add a message table in
// src/main/frontend/blocks/msg/, and list the language in org.stepwise.world.BlockTexts.
import * as Blockly from 'blockly/core';
import * as En from 'blockly/msg/en';
import * as Es from 'blockly/msg/es';

const BLOCKLY_TEXTS = {en: En, es: Es};

/**
 * Makes Blockly speak a language: Blockly's own texts, then the world blocks' texts
 * (key → text, for the %{BKY_KEY} references in their definitions), then Blockly texts Stepwise
 * words itself (keyboard hints Blockly's translations lack).
 */
export function useLanguage(language, blockMessages, overrides) {
  Blockly.setLocale(BLOCKLY_TEXTS[language] ?? En);
  Blockly.setLocale(blockMessages ?? {});
  Blockly.setLocale(overrides ?? {});
}
