package org.stepwise.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void a_hosting_style_url_becomes_a_jdbc_url_with_separate_credentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://stepwise:s3cret@db.school.example:6543/stepwise");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.school.example:6543/stepwise");
        assertThat(url.username()).isEqualTo("stepwise");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void the_default_port_is_5432_and_options_are_kept() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://me@localhost/stepwise?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/stepwise?sslmode=require");
        assertThat(url.username()).isEqualTo("me");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void percent_encoded_characters_in_the_password_are_decoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p%40ss%3Aw+rd@localhost:5432/db");

        assertThat(url.password()).isEqualTo("p@ss:w+rd");
    }

    @Test
    void the_password_never_appears_in_the_printable_form() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://stepwise:s3cret@localhost/stepwise");

        assertThat(url.toString()).doesNotContain("s3cret").contains("localhost").contains("stepwise");
    }

    @Test
    void a_wrong_scheme_is_named_in_the_message() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@localhost/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres://")
                .hasMessageContaining("mysql://");
    }

    @Test
    void a_missing_database_name_is_named_in_the_message() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:p@localhost:5432/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no database");
    }

    @Test
    void a_missing_host_is_named_in_the_message() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres:///db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no host");
    }
}
