package org.stepwise.lesson;

import org.jspecify.annotations.Nullable;

/**
 * A standard the lesson works towards.
 *
 * @param code   the standard's own code, e.g. {@code 1B-AP-10} or {@code 4.OA.A.3}
 * @param source which standard, e.g. "CSTA K-12 Computer Science Standards (2017)"
 * @param text   what the standard says, or null
 */
public record CurriculumLink(String code, String source, @Nullable String text) {
}
