/** Stepwise application root. */
@NullMarked
package org.stepwise;

import org.jspecify.annotations.NullMarked;
