/** Main layout, home page and the Vaadin app shell. */
@NullMarked
package org.stepwise.base.ui;

import org.jspecify.annotations.NullMarked;
