package org.stepwise.base.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The user interface's texts, from {@code vaadin-i18n/translations.properties} (English) and one
 * {@code translations_<language>.properties} per other language. Replaces Vaadin's default provider,
 * which has two traps:
 * <ul>
 * <li>it offers only the languages of the {@code translations_<language>} files, so with Spanish as
 * the only such file every visitor, whatever the browser asks for, gets Spanish (a provider with a
 * single language gives it to every session);</li>
 * <li>it looks a language up with {@code ResourceBundle.getBundle(name, locale)}, which tries the
 * server's default language before the English base file: on a server set up in Spanish, a visitor
 * asking for English (or for a language Stepwise does not have) would get Spanish.</li>
 * </ul>
 * Here English comes first (the language for a browser that asks for none of ours) and is always
 * the fallback, for a missing language and for a key a translation lacks.
 */
@Component
class Translations implements I18NProvider {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    static final String BUNDLE = "vaadin-i18n.translations";
    /** English first; add a language here together with its {@code translations_<language>.properties}. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("es"));

    private static final ResourceBundle.Control BASE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    /**
     * The text for {@code key} in the language, English when the language or the key has no
     * translation. With parameters the text is a {@link MessageFormat} pattern (an apostrophe is
     * written twice); without, it is used as it is, as Vaadin's own provider does.
     */
    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            log.warn("No text for the key \"{}\" in {} nor in English (vaadin-i18n/translations.properties)", key, language);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }

    @Override
    public Map<String, String> getAllTranslations(@Nullable Locale locale) {
        ResourceBundle bundle = bundle(locale == null ? Locale.ENGLISH : locale);
        Map<String, String> all = new LinkedHashMap<>();
        bundle.keySet().stream().sorted().forEach(key -> all.put(key, bundle.getString(key)));
        return all;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader(), BASE_FALLBACK);
    }
}
