/** Sign-in and sign-up views. */
@NullMarked
package org.stepwise.security.ui;

import org.jspecify.annotations.NullMarked;
