/** Teacher views. */
@NullMarked
package org.stepwise.classroom.ui;

import org.jspecify.annotations.NullMarked;
