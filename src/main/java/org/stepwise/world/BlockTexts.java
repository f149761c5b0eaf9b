package org.stepwise.world;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words on the world blocks in one language. Block definitions
 * ({@code src/main/frontend/blocks/<world>.json}) hold no text of their own: their {@code message0},
 * {@code tooltip} and dropdown labels are Blockly message references such as
 * {@code %{BKY_CALENDAR_NEXT_DAY}}, and {@code src/main/frontend/blocks/msg/<language>.json} gives
 * each key its text ({@code "CALENDAR_NEXT_DAY": "turn the wheel to the next day"}). Blockly
 * resolves the references in the browser from {@code Blockly.Msg}; this class lets Java read and
 * check the same tables.
 *
 * <p>Keys follow the block type in capitals: {@code TYPE} for the block's text, {@code TYPE_TOOLTIP}
 * for its tooltip and {@code TYPE_VALUE} for the label of a dropdown option.
 *
 * @param language the language code ({@code en}, {@code es})
 * @param messages message key (without {@code BKY_}) → text, in file order
 */
public record BlockTexts(String language, Map<String, String> messages) {

    /** The languages with a message table, English first (the fallback). */
    public static final List<String> LANGUAGES = List.of("en", "es");

    private static final Pattern REFERENCE = Pattern.compile("%\\{BKY_([A-Za-z0-9_]+)}");

    public BlockTexts {
        messages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    /**
     * The table of a language code from {@link #LANGUAGES}.
     *
     * @throws IllegalArgumentException for a language without a table, naming the ones there are
     * @throws IllegalStateException when the table is missing from the classpath or is not a JSON
     *         object of texts
     */
    public static BlockTexts load(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The world blocks have no texts in \"" + language + "\"; there are " + LANGUAGES);
        }
        String resource = "blocks/msg/" + language + ".json";
        JsonNode root;
        try (InputStream in = BlockTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (the build copies src/main/frontend/blocks there)");
            }
            root = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        if (!root.isObject()) {
            throw new IllegalStateException(resource + " must be a JSON object of message key → text");
        }
        Map<String, String> messages = new LinkedHashMap<>();
        for (var entry : root.properties()) {
            if (!entry.getValue().isString()) {
                throw new IllegalStateException(resource + ": the message \"" + entry.getKey() + "\" is not a text");
            }
            messages.put(entry.getKey(), entry.getValue().asString());
        }
        return new BlockTexts(language, messages);
    }

    /** The table for a locale's language, or English when there is none for it. */
    public static BlockTexts forLocale(Locale locale) {
        return load(languageFor(locale));
    }

    /** The language of the table {@link #forLocale} picks for a locale: its own, or English. */
    public static String languageFor(Locale locale) {
        String language = locale.getLanguage();
        return LANGUAGES.contains(language) ? language : LANGUAGES.getFirst();
    }

    /**
     * The text with every {@code %{BKY_KEY}} replaced by its message, the way Blockly shows it.
     *
     * @throws IllegalArgumentException naming the first key this language has no message for
     */
    public String resolve(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String message = messages.get(m.group(1));
            if (message == null) {
                throw new IllegalArgumentException("No " + language + " text for %{BKY_" + m.group(1) + "} (add it to src/main/frontend/blocks/msg/"
                        + language + ".json)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(message));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The message keys a text refers to with {@code %{BKY_KEY}}, in order. */
    public static List<String> references(String text) {
        return REFERENCE.matcher(text).results().map(r -> r.group(1)).toList();
    }
}
