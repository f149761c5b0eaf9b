package org.stepwise.classroom;

/** How the students of a class sign in after picking their name. */
public enum SignInKind {
    /** A sequence of pictures (younger pupils). */
    PICTURES("pictures"),
    /** A secret word (older pupils). */
    WORD("word");

    private final String id;

    SignInKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static SignInKind fromId(String id) {
        for (SignInKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown sign-in kind " + id);
    }
}
