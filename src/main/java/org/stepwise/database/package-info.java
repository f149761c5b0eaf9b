/** Where the data lives: an embedded PostgreSQL by default, or an external server named by DATABASE_URL or spring.datasource.*. */
@NullMarked
package org.stepwise.database;

import org.jspecify.annotations.NullMarked;
