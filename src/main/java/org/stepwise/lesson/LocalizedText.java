package org.stepwise.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One text in several languages, by language code ({@code en}, {@code es}, {@code pt-BR}).
 * English is always there.
 */
public record LocalizedText(Map<String, String> texts) {

    public static final String ENGLISH = "en";

    public LocalizedText {
        if (!texts.containsKey(ENGLISH)) {
            throw new IllegalArgumentException("a localized text needs its English (\"en\") version: " + texts);
        }
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** A text in English only. */
    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(ENGLISH, text));
    }

    /**
     * The text in the locale's language: the exact tag ({@code pt-BR}) first, then the language
     * ({@code pt}), then English.
     */
    public String in(Locale locale) {
        String text = texts.get(locale.toLanguageTag());
        if (text == null) {
            text = texts.get(locale.getLanguage());
        }
        return text != null ? text : texts.get(ENGLISH);
    }

    public String english() {
        return texts.get(ENGLISH);
    }

    public Set<String> languages() {
        return texts.keySet();
    }
}
