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

    public Message {
        args = List.copyOf(args);
    }

    public static Message program(String key, Object... args) {
        return new Message(PROGRAM_BUNDLE, key, Arrays.asList(args));
    }

    /** The message in the given language, falling back to English. */
    public String render(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
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
