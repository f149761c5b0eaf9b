/**
 * Stepping through a program's run, and the parts of the screen that show it. The root package is
 * the module's API, used by the exercise view, the teacher's view of a student's program and the
 * projector:
 * <ul>
 *   <li>{@link org.stepwise.playback.Playback}: one watched case's trace, with a position that
 *       moves forward, back or jumps; plain Java;</li>
 *   <li>{@link org.stepwise.playback.PlaybackPanel}: shows a playback at its position (where it is,
 *       the variables, what was printed, the step log) and tells a
 *       {@link org.stepwise.stage.WorldStage} and a {@link org.stepwise.blockly.BlocklyWorkspace}
 *       what to draw and highlight; no buttons, so an audience window can use it alone;</li>
 *   <li>{@link org.stepwise.playback.StepControls}: Run, Pause, Step, Step back, Reset and the
 *       speed, only buttons and a slider: the view decides what they do (no timer here);</li>
 *   <li>{@link org.stepwise.playback.VariablesPanel} and {@link org.stepwise.playback.StepLog},
 *       the panel's parts, for a view that lays them out itself.</li>
 * </ul>
 * See {@code docs/playback.md}.
 */
@NullMarked
package org.stepwise.playback;

import org.jspecify.annotations.NullMarked;
