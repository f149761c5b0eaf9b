/** Shared application shell: layout, home page and start-up reporting. */
@NullMarked
package org.stepwise.base;

import org.jspecify.annotations.NullMarked;
