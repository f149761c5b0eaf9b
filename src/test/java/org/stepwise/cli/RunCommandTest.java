package org.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COUNT = """
            {"blocks": {"languageVersion": 0, "blocks": [
              {"type": "controls_for", "id": "loop", "x": 0, "y": 0, "fields": {"VAR": {"id": "i"}},
               "inputs": {"FROM": {"block": {"type": "math_number", "id": "a", "fields": {"NUM": 1}}},
                          "TO": {"block": {"type": "math_number", "id": "b", "fields": {"NUM": 3}}},
                          "BY": {"block": {"type": "math_number", "id": "c", "fields": {"NUM": 1}}},
                          "DO": {"block": {"type": "text_print", "id": "p",
                                 "inputs": {"TEXT": {"block": {"type": "variables_get", "id": "g", "fields": {"VAR": {"id": "i"}}}}}}}}}]},
             "variables": [{"name": "i", "id": "i"}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new RunCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(List.of(args));
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    @Test
    void prints_one_json_line_per_workspace_in_order() throws Exception {
        Path count = Files.writeString(dir.resolve("count.json"), COUNT);
        Path empty = Files.writeString(dir.resolve("empty.json"), "{}");

        int exit = run(count.toString(), empty.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("file").asString()).isEqualTo(count.toString());
        assertThat(lines.get(0).path("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(lines.get(0).path("steps").asInt()).isEqualTo(4);
        assertThat(lines.get(0).path("printed").toString()).isEqualTo("[\"1\",\"2\",\"3\"]");
        assertThat(lines.get(1).path("printed").isEmpty()).isTrue();
    }

    @Test
    void a_bad_workspace_exits_with_2_and_names_the_file_and_block() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), COUNT);
        Path bad = Files.writeString(dir.resolve("bad.json"), COUNT.replace("\"text_print\"", "\"turtle_fly\""));

        int exit = run(good.toString(), bad.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(bad.toString()).contains("block p").contains("turtle_fly");
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(1).path("problem").path("block").asString()).isEqualTo("p");
    }

    @Test
    void a_missing_file_is_bad_input_too() {
        assertThat(run(dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.json").contains("cannot read");
    }

    @Test
    void with_trace_every_step_names_its_block_and_variables() throws Exception {
        Path count = Files.writeString(dir.resolve("count.json"), COUNT);

        run(count.toString(), "--trace");

        JsonNode trace = lines().getFirst().path("trace");
        assertThat(trace.size()).isEqualTo(4);
        assertThat(trace.get(0).path("block").asString()).isEqualTo("loop");
        assertThat(trace.get(2).path("block").asString()).isEqualTo("p");
        assertThat(trace.get(2).path("variables").path("i").asString()).isEqualTo("2");
        assertThat(trace.get(2).path("printed").asInt()).isEqualTo(2);
    }

    @Test
    void with_an_exercise_every_case_is_reported() {
        int exit = run("src/test/resources/grading/off-by-one.workspace.json", "--exercise", "src/test/resources/grading/days-from-tuesday.json");

        assertThat(exit).isZero();
        JsonNode line = lines().getFirst();
        assertThat(line.path("outcome").asString()).isEqualTo("FAILURE");
        assertThat(line.path("passed").asBoolean()).isFalse();
        assertThat(line.path("cases").size()).isEqualTo(708);
        assertThat(line.path("cases").get(0).path("message").asString())
                .isEqualTo("Starting on Tuesday, 100 days later is Thursday, but your program said Wednesday.");
        assertThat(line.path("referenceSteps").asLong()).isPositive();
    }

    @Test
    void a_bad_exercise_exits_with_2() throws Exception {
        Path count = Files.writeString(dir.resolve("count.json"), COUNT);
        Path exercise = Files.writeString(dir.resolve("ex.json"), "{\"id\": \"x\", \"world\": \"calendar\"}");

        assertThat(run(count.toString(), "--exercise", exercise.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ex.json").contains("cases");
    }
}
