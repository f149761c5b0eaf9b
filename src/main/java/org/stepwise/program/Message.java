package org.stepwise.program;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A translatable message: a key into the {@code org.stepwise.program.messages} bundle (or a world's
 * bundle) and its arguments. Engines produce messages, the UI or the command line renders them in
 * the reader's language.
 */
public record Message(String bundle, String key, List<Object> args) {

    public static final String PROGRAM_BUNDLE = "org.stepwise.program.messages";

    /**
     * Looks a language up in its own file, then in the base (English) file, and never in the JVM's
     * default language: {@code ResourceBundle.getBundle(name, locale)} alone would try the default
     * language before the base file, so on a server set up in Spanish an English reader would get
     * Spanish.
     */
    private static final ResourceBundle.Control BASE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        args = List.copyOf(args);
    }

    public static Message program(String key, Object... args) {
        return new Message(PROGRAM_BUNDLE, key, Arrays.asList(args));
    }

    /**
     * The message in the given language, falling back to English (the base file) for a language or
     * a key that has no translation, whatever the JVM's default language is. Message arguments
     * are rendered in the same language first.
     */
    public String render(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, BASE_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] rendered = args.stream().map(a -> a instanceof Message m ? m.render(locale) : a).toArray();
        return new MessageFormat(pattern, locale).format(rendered);
    }

    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
