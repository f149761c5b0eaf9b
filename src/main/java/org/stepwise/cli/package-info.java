/**
 * The command line: {@code java -jar stepwise.jar run …} runs workspaces without starting the web
 * server. Used by tests, by teachers, and for checking from outside.
 */
@NullMarked
package org.stepwise.cli;

import org.jspecify.annotations.NullMarked;
