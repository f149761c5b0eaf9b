/** Account storage, password hashing and the Spring Security filter chain. */
@NullMarked
package org.stepwise.security.internal;

import org.jspecify.annotations.NullMarked;
