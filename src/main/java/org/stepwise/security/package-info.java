/** Accounts, roles and who is signed in. Role names are constants in {@link org.stepwise.security.Roles}. */
@NullMarked
package org.stepwise.security;

import org.jspecify.annotations.NullMarked;
