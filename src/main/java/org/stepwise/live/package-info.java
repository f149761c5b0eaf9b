/**
 * Live updates between app instances: small messages on named topics, carried by PostgreSQL's
 * own LISTEN/NOTIFY, so that a student connected to one instance and a projector connected to
 * another see the same class (issue 6). No broker besides the database.
 */
@NullMarked
package org.stepwise.live;

import org.jspecify.annotations.NullMarked;
