package org.stepwise.classroom.internal;

import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.stepwise.classroom.PictureSequence;
import org.stepwise.classroom.SecretWords;
import org.stepwise.classroom.SignInKind;

/** Makes students' secrets with a cryptographically strong random source. */
@Component
public class StudentSecrets {

    private final SecureRandom random = new SecureRandom();

    public String make(SignInKind kind, Locale locale) {
        return switch (kind) {
            case PICTURES -> PictureSequence.random(random).secret();
            case WORD -> SecretWords.random(random, locale);
        };
    }

    /** The form of a typed or picked secret that was hashed when it was made. */
    public static String normalize(SignInKind kind, String secret) {
        return kind == SignInKind.WORD ? SecretWords.normalize(secret) : secret;
    }
}
