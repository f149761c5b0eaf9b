/** The listening connection and the dispatch of notifications to subscribers. */
@NullMarked
package org.stepwise.live.internal;

import org.jspecify.annotations.NullMarked;
