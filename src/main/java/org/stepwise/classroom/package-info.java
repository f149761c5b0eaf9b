/** Teachers' classes. For now only the signed-in teacher's start page. */
@NullMarked
package org.stepwise.classroom;

import org.jspecify.annotations.NullMarked;
