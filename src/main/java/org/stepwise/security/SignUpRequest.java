package org.stepwise.security;

/** What a teacher types to create an account. The password is never logged or stored as typed. */
public record SignUpRequest(String displayName, String username, String password, String passwordAgain) {

    @Override
    public String toString() {
        return "SignUpRequest[displayName=?, username=?, password=***]";
    }
}
