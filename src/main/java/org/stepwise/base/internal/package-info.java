/** Start-up reporting and the user interface's translations. */
@NullMarked
package org.stepwise.base.internal;

import org.jspecify.annotations.NullMarked;
