package org.stepwise.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stepwise against Blockly itself. Every workspace in {@code src/test/resources/program/corpus}
 * was built and saved by real Blockly and run through Blockly's own JavaScript generator in Node
 * ({@code tools/blockly-reference}); its file holds that reference result. Stepwise must print
 * exactly the same lines and end the same way.
 */
class BlocklyDifferentialTest {

    private static final Path CORPUS = Path.of("src/test/resources/program/corpus");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The reference stops loops after 100,000 rounds; Stepwise gets far more room, so only endless programs run out. */
    private static final long BUDGET = 20_000_000;
    /**
     * Cases about the reference's own loop guard (100,000 rounds): finite programs that the
     * reference stops on purpose. Stepwise's budget is larger and counted differently, so it runs
     * them to the end; what the reference printed before it stopped must come first.
     */
    private static final java.util.Set<String> REFERENCE_GUARD_CASES = java.util.Set.of(
            "0049-loop-guard-one-past-limit.json", "0050-loop-guard-counts-calls.json");
    /**
     * Known, documented deviations: V8's Math.pow calls the C library's pow, Stepwise Java's; the
     * two differ in the last binary digit for about 1 in 500 arguments (see {@link JsSemantics#pow}).
     * For these files only, a printed number may differ from the reference by one unit in the last place.
     */
    private static final java.util.Set<String> LAST_DIGIT_POW = java.util.Set.of(
            "0325-generated-1957966034.json");

    @Test
    void the_corpus_is_large_enough_and_covers_every_standard_block() throws IOException {
        List<Path> files = corpus();
        assertThat(files).as("corpus files").hasSizeGreaterThanOrEqualTo(300);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Path f : files) {
            collectTypes(JSON.readTree(Files.readString(f)).path("workspace"), used);
        }
        assertThat(used).as("block types used in the corpus").containsAll(ProgramParser.standardBlockTypes());
    }

    @TestFactory
    Stream<DynamicTest> stepwise_agrees_with_blocklys_javascript() throws IOException {
        return corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        JsonNode entry = JSON.readTree(Files.readString(file));
        String expectedOutcome = entry.path("expected").path("outcome").asString();
        List<String> expectedPrinted = new ArrayList<>();
        entry.path("expected").path("printed").forEach(p -> expectedPrinted.add(p.asString()));
        String workspace = JSON.writeValueAsString(entry.path("workspace"));
        long seed = entry.path("seed").asLong();
        String name = entry.path("name").asString();

        Program program;
        try {
            program = ProgramParser.standard().parse(workspace);
        } catch (ProgramException e) {
            // JavaScript refuses such a program as a whole (e.g. "break" outside a loop): nothing runs
            assertThat(expectedOutcome).as(name + ": parse problem " + e.getMessage()).isEqualTo("ERROR");
            assertThat(expectedPrinted).as(name).isEmpty();
            return;
        }
        RunResult result = Interpreter.run(program, World.NONE, RunOptions.defaults().withStepBudget(BUDGET).withSeed(seed));

        if (REFERENCE_GUARD_CASES.contains(file.getFileName().toString())) {
            assertThat(expectedOutcome).isEqualTo("TIMEOUT");
            assertThat(result.outcome()).as(name).isEqualTo(Outcome.SUCCESS);
            assertThat(result.printed()).as(name).startsWith(expectedPrinted.toArray(String[]::new));
            return;
        }
        assertThat(result.outcome().name()).as(name + " — " + result.message()).isEqualTo(expectedOutcome);
        if (expectedOutcome.equals("TIMEOUT")) {
            // both stopped an endless program, at different points: what they printed agrees as far as both got
            int common = Math.min(expectedPrinted.size(), result.printed().size());
            assertThat(result.printed().subList(0, common)).as(name).isEqualTo(expectedPrinted.subList(0, common));
        } else if (LAST_DIGIT_POW.contains(file.getFileName().toString())) {
            assertThat(result.printed()).as(name).hasSameSizeAs(expectedPrinted);
            for (int i = 0; i < expectedPrinted.size(); i++) {
                String expected = expectedPrinted.get(i);
                String actual = result.printed().get(i);
                if (!expected.equals(actual)) {
                    double e = Double.parseDouble(expected);
                    assertThat(Math.abs(e - Double.parseDouble(actual))).as(name + " line " + i).isLessThanOrEqualTo(Math.ulp(e));
                }
            }
        } else {
            assertThat(result.printed()).as(name).isEqualTo(expectedPrinted);
        }
    }

    private static void collectTypes(JsonNode node, java.util.Set<String> types) {
        if (node.isObject()) {
            if (node.has("type") && node.get("type").isString()) {
                types.add(node.get("type").asString());
            }
            node.propertyNames().forEach(name -> collectTypes(node.get(name), types));
        } else if (node.isArray()) {
            node.forEach(child -> collectTypes(child, types));
        }
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
