/** Start-up reporting. */
@NullMarked
package org.stepwise.base.internal;

import org.jspecify.annotations.NullMarked;
