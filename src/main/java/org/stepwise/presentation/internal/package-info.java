/** Storage of presentations and answers. */
@NullMarked
package org.stepwise.presentation.internal;

import org.jspecify.annotations.NullMarked;
