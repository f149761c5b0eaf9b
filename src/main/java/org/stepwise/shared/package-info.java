/**
 * What every feature may use and that depends on no feature: the shapes of refused input and of
 * concurrent changes, which services throw and views show.
 */
@NullMarked
package org.stepwise.shared;

import org.jspecify.annotations.NullMarked;
