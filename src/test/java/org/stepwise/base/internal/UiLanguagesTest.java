package org.stepwise.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user interface offers English and Spanish, English first, and falls back to English for
 * anything else, whatever the server's own default language is.
 */
class UiLanguagesTest {

    private static final Locale SPANISH = Locale.of("es");
    private final Translations translations = new Translations();

    @Test
    void english_comes_first_so_a_browser_asking_for_another_language_gets_english() {
        // Vaadin gives a session the first offered language when the browser asks for none of them,
        // and the only one to everybody when just one is offered
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.ENGLISH, SPANISH);
        assertThat(translations.getDefaultLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void every_translation_file_is_a_language_on_offer() throws IOException {
        List<Locale> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            files = list.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("translations_") && name.endsWith(".properties"))
                    .map(name -> Locale.forLanguageTag(name.substring("translations_".length(), name.length() - ".properties".length()).replace('_', '-')))
                    .toList();
        }

        assertThat(translations.getProvidedLocales()).containsAll(files);
        assertThat(translations.getProvidedLocales()).hasSize(files.size() + 1); // and English, the base file
    }

    @Test
    void a_spanish_browser_reads_spanish_with_its_parameters_filled_in() {
        assertThat(translations.getTranslation("nav.home", SPANISH)).isEqualTo("Inicio");
        assertThat(translations.getTranslation("nav.home", Locale.of("es", "MX"))).isEqualTo("Inicio");
        assertThat(translations.getTranslation("signup.password.helper", SPANISH, 12)).isEqualTo("Al menos 12 caracteres.");
        assertThat(translations.getAllTranslations(SPANISH)).containsEntry("login.form.password", "Contraseña");
    }

    @Test
    void english_stays_english_on_a_server_whose_default_language_is_spanish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);

            assertThat(translations.getTranslation("nav.home", Locale.ENGLISH)).isEqualTo("Home");
            assertThat(translations.getTranslation("nav.home", Locale.GERMAN)).as("a language Stepwise does not have").isEqualTo("Home");
            assertThat(translations.getTranslation("signup.password.helper", Locale.ENGLISH, 12)).isEqualTo("At least 12 characters.");
            assertThat(translations.getAllTranslations(Locale.ENGLISH)).containsEntry("login.form.password", "Password");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_missing_key_shows_up_as_itself_instead_of_breaking_the_page() {
        assertThat(translations.getTranslation("no.such.key", SPANISH)).isEqualTo("!no.such.key");
    }
}
