package org.stepwise.security.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Temporary passwords that an administrator reads out or hands over: four groups of four letters
 * and digits that cannot be mistaken for each other (no 0/o, 1/l/i), about 79 bits of chance.
 */
@Component
public class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
