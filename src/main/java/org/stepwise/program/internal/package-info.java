/** Interpreter internals: the machine that walks the tree, the seeded random generator. */
@NullMarked
package org.stepwise.program.internal;

import org.jspecify.annotations.NullMarked;
