package org.stepwise.security;

/**
 * The roles of Stepwise, as used in {@code @RolesAllowed} on views and services. Spring Security
 * stores them as authorities with the {@code ROLE_} prefix.
 */
public final class Roles {

    public static final String STUDENT = "STUDENT";
    public static final String TEACHER = "TEACHER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }

    /** The authority Spring Security grants for a role, e.g. {@code ROLE_TEACHER}. */
    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
