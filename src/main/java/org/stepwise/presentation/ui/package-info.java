/** The presenter's and the audience's windows, the start page, and the strip students see. */
@NullMarked
package org.stepwise.presentation.ui;

import org.jspecify.annotations.NullMarked;
