package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.lesson.Subject;

/** The CSV a spreadsheet opens: RFC 4180 quoting, and nothing it would run as a formula. */
class ClassExportTest {

    @Test
    void a_field_is_quoted_only_when_it_must_be_with_its_quotes_doubled() {
        assertThat(ClassExport.csvField("Ana")).isEqualTo("Ana");
        assertThat(ClassExport.csvField("Li, Bo")).isEqualTo("\"Li, Bo\"");
        assertThat(ClassExport.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ClassExport.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ClassExport.csvField("")).isEmpty();
    }

    @Test
    void a_field_a_spreadsheet_would_take_for_a_formula_starts_with_an_apostrophe() {
        assertThat(ClassExport.csvField("=1+1")).isEqualTo("'=1+1");
        assertThat(ClassExport.csvField("+44 20")).isEqualTo("'+44 20");
        assertThat(ClassExport.csvField("-5")).isEqualTo("'-5");
        assertThat(ClassExport.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ClassExport.csvField("\tx")).isEqualTo("'\tx");
        assertThat(ClassExport.csvField("=HYPERLINK(\"a\",\"b\")")).isEqualTo("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
        assertThat(ClassExport.csvField("Ana = Bo")).isEqualTo("Ana = Bo");
    }

    @Test
    void the_csv_has_a_header_and_one_crlf_row_per_attempt_in_utf8() {
        ExerciseKey key = new ExerciseKey("100-days-from-tuesday", "use-the-remainder");
        Instant at = Instant.parse("2026-11-03T10:15:30.123456Z");
        ClassExport export = new ClassExport(at, new ClassExport.Details("4B", Subject.MATHS, "Year 4", SignInKind.WORD), List.of(),
                List.of(new ClassExport.Student("Chloé", List.of(new ClassExport.Attempt(key, at, true, 4, 4, 120, 1, 75)), List.of()),
                        new ClassExport.Student("Dev", List.of(), List.of())));

        String csv = new String(export.toCsv(), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFstudent,lesson,exercise,at,passed,cases_passed,cases_total,steps,hints_used,seconds_spent\r\n"
                + "Chloé,100-days-from-tuesday,use-the-remainder,2026-11-03T10:15:30Z,true,4,4,120,1,75\r\n");
    }
}
