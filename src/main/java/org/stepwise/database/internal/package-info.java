/** Embedded PostgreSQL lifecycle and database URL parsing. */
@NullMarked
package org.stepwise.database.internal;

import org.jspecify.annotations.NullMarked;
