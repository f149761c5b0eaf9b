/**
 * The pattern world: beads placed in a row to copy a pattern. See
 * {@link org.stepwise.world.pattern.PatternWorldType}.
 */
@NullMarked
package org.stepwise.world.pattern;

import org.jspecify.annotations.NullMarked;
