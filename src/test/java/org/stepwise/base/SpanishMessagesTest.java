package org.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.json;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.repeat;
import static org.stepwise.world.BlocklyJson.stack;
import static org.stepwise.world.BlocklyJson.text;
import static org.stepwise.world.BlocklyJson.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.Grade;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.program.Message;
import org.stepwise.program.Outcome;
import org.stepwise.program.ProgramException;
import org.stepwise.program.ProgramParser;
import org.stepwise.program.RunResult;
import org.stepwise.world.WorldRuns;
import org.stepwise.world.WorldType;
import org.stepwise.world.Worlds;
import org.stepwise.world.building.TestBuildings;

/**
 * A Spanish-speaking student reads the engine's messages in Spanish, with no English words in them:
 * not the days, directions and colours that the worlds pass into their messages, nor the words for
 * values (true, a number). English stays as it was, and stays the fallback whatever the JVM's
 * default language is.
 */
class SpanishMessagesTest {

    private static final Locale SPANISH = Locale.of("es");
    private static final Path GRADING = Path.of("src/test/resources/grading");
    /** English words that would give away an untranslated argument or message. */
    private static final Pattern ENGLISH = Pattern.compile("(?iu)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|north|east|south|west|red|blue|yellow|green|purple|orange|true|false|undefined|nothing|number|text|list"
            + "|the|and|but|your|you|is|are|of|to|in|at|there|room|rooms|day|days|bead|beads|card|cards|wall|program|block)\\b");

    private final Worlds worlds = Worlds.standard();

    private static List<String> englishWordsIn(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String spanish(Message message) {
        String text = message.render(SPANISH);
        assertThat(englishWordsIn(text)).as("English words in \"%s\"", text).isEmpty();
        return text;
    }

    private WorldType world(String id) {
        return worlds.get(id).orElseThrow();
    }

    // ---- calendar, through grading ---------------------------------------------------------

    @Test
    void a_failing_calendar_case_reads_in_spanish_with_spanish_day_names() throws IOException {
        GradingPlan plan = new Grader(worlds).prepare(ExerciseReader.read(Files.readString(GRADING.resolve("days-from-tuesday.json"))));

        Grade grade = plan.grade(Files.readString(GRADING.resolve("off-by-one.workspace.json")));

        CaseResult first = grade.cases().getFirst();
        assertThat(first.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(spanish(first.arrange())).isEqualTo("Empieza el martes y cuenta 100 días.");
        assertThat(spanish(first.message())).isEqualTo("Si empiezas el martes, 100 días después es jueves, pero tu programa dijo miércoles.");
        assertThat(first.message().render(Locale.ENGLISH))
                .isEqualTo("Starting on Tuesday, 100 days later is Thursday, but your program said Wednesday.");
        for (CaseResult result : grade.cases()) { // every start day, every day answered, 0 to 100 days
            spanish(result.arrange());
            spanish(result.message());
        }
    }

    @Test
    void a_program_that_never_stops_is_stopped_with_a_spanish_message() throws IOException {
        GradingPlan plan = new Grader(worlds).prepare(ExerciseReader.read(Files.readString(GRADING.resolve("days-from-tuesday.json"))));

        Grade grade = plan.grade(workspace(repeat(number(1_000_000_000), block("calendar_next_day"))));

        CaseResult first = grade.cases().getFirst();
        assertThat(first.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(spanish(first.message()))
                .isEqualTo("Tu programa seguía funcionando después de 100.000 pasos, así que lo detuvimos. ¿Todos tus bucles terminan?");
    }

    @Test
    void the_interpreter_says_in_spanish_which_loop_ran_out_of_steps() throws ProgramException {
        RunResult run = WorldRuns.run(world("calendar"), json("{'startDay': 'Friday', 'days': 3}"),
                workspace(repeat(number(1_000_000_000), block("calendar_next_day"))));

        assertThat(run.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(spanish(run.message())).startsWith("El programa se quedó sin pasos (").endsWith(") en este bucle. ¿Este bucle llega a terminar alguna vez?");
        assertThat(spanish(run.finalState().describe())).matches("La rueda muestra el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\. La has girado [\\d.]+ días hacia adelante\\.");
    }

    // ---- building --------------------------------------------------------------------------

    @Test
    void a_student_who_stops_in_the_corridor_reads_where_they_are_in_spanish() throws ProgramException {
        var checked = WorldRuns.runAndCheck(world("building"), json(TestBuildings.FIRST),
                workspace(repeat(number(4), block("building_move_forward"))));

        assertThat(checked.goal().met()).isFalse();
        assertThat(spanish(checked.goal().message())).isEqualTo("Te paraste en el pasillo, pero buscabas la sala 214.");
        assertThat(spanish(checked.result().finalState().describe())).isEqualTo("Estás en el pasillo, mirando al este. "
                + "Delante de ti el camino está libre. Aquí hay un cartel: las salas de la 200 a la 299 están al norte "
                + "y las salas de la 100 a la 199 están al este.");
        assertThat(spanish(world("building").describeSetup(json(TestBuildings.FIRST))))
                .isEqualTo("Encuentra la sala 214. Empiezas mirando al este, en un edificio con 2 puertas y 2 carteles.");
    }

    @Test
    void walking_into_a_wall_fails_in_spanish() throws ProgramException {
        RunResult run = WorldRuns.run(world("building"), json(TestBuildings.FIRST),
                workspace(repeat(number(10), block("building_move_forward"))));

        assertThat(run.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(spanish(run.message())).isEqualTo("Chocaste contra una pared.");
    }

    @Test
    void a_value_of_the_wrong_kind_is_named_in_spanish() throws ProgramException {
        RunResult run = WorldRuns.run(world("building"), json(TestBuildings.FIRST),
                workspace(block("controls_if", "IF0", block("building_at_room", "ROOM", block("logic_boolean", "BOOL", "TRUE")),
                        "DO0", block("building_move_forward"))));

        assertThat(run.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(spanish(run.message())).isEqualTo(
                "El bloque \"building_at_room\" necesita un número de sala, pero recibió verdadero (verdadero o falso).");
        assertThat(run.message().render(Locale.ENGLISH))
                .isEqualTo("The \"building_at_room\" block needs a room number, but it got true (true or false).");
    }

    // ---- pattern, answer, sorting ------------------------------------------------------------

    @Test
    void bead_colours_are_spanish_words() throws ProgramException {
        var setup = json("{'target': ['red', 'blue'], 'colours': ['red', 'blue', 'yellow']}");

        var wrong = WorldRuns.runAndCheck(world("pattern"), setup, workspace(block("pattern_place", "COLOUR", "YELLOW")));
        RunResult notOffered = WorldRuns.run(world("pattern"), setup, workspace(block("pattern_place", "COLOUR", "GREEN")));

        assertThat(spanish(wrong.goal().message()))
                .isEqualTo("Tu fila no es igual que el patrón: la bolita 1 tendría que ser de color rojo, pero tu programa puso una de color amarillo.");
        assertThat(spanish(wrong.result().finalState().describe())).isEqualTo("La fila tiene 1 bolita: amarillo. Queda espacio para 1 más.");
        assertThat(spanish(notOffered.message())).isEqualTo("Aquí no hay bolitas de color verde. Puedes usar estos colores: rojo, azul y amarillo.");
        assertThat(spanish(world("pattern").describeSetup(setup))).isEqualTo("Haz una fila de 2 bolitas así: rojo, azul.");
    }

    @Test
    void true_and_false_as_answers_are_spanish_words() throws ProgramException {
        var checked = WorldRuns.runAndCheck(world("answer"), json("{'inputs': {'hot': true, 'temperatures': [30, true]}}"),
                json("{'answer': true}"), workspace(block("answer_give", "VALUE", block("logic_boolean", "BOOL", "FALSE"))));

        assertThat(checked.goal().met()).isFalse();
        assertThat(spanish(checked.goal().message()))
                .isEqualTo("Para hot = verdadero y temperatures = [30, verdadero], la respuesta debería ser verdadero, pero tu programa respondió falso.");
        assertThat(checked.goal().message().render(Locale.ENGLISH))
                .isEqualTo("For hot = true and temperatures = [30, true] the answer should be true, but your program answered false.");
    }

    @Test
    void sorting_reads_in_spanish() throws ProgramException {
        var checked = WorldRuns.runAndCheck(world("sorting"), json("{'cards': [5, 3, 8]}"), workspace(block("sorting_move_right")));

        assertThat(spanish(checked.goal().message()))
                .isEqualTo("Las tarjetas todavía no están en orden: 5 y 3 (las tarjetas 1 y 2) están al revés, porque 3 es menor que 5.");
        assertThat(spanish(checked.result().finalState().describe()))
                .isEqualTo("Las tarjetas son 5, 3, 8. El puntero está en la tarjeta 2 (3). Todavía no has intercambiado ninguna tarjeta.");
    }

    // ---- the block language ------------------------------------------------------------------

    @Test
    void a_loop_block_outside_a_loop_is_named_in_spanish() {
        ProgramException problem = parseProblem(workspace(block("controls_flow_statements", "FLOW", "BREAK")));

        assertThat(spanish(problem.problem())).isEqualTo("El bloque \"salir del bucle\" solo funciona dentro de un bucle.");
    }

    @Test
    void an_empty_slot_warning_names_the_value_used_instead_in_spanish() throws ProgramException {
        var program = ProgramParser.standard().parse(workspace(stack(block("controls_if", "IF0", block("logic_negate")), block("text_print", "TEXT", text("x")))));

        assertThat(program.problems()).isNotEmpty();
        assertThat(spanish(program.problems().getFirst().message())).isEqualTo("El bloque \"logic_negate\" tiene vacío el hueco \"BOOL\"; en su lugar se usa verdadero.");
    }

    private static ProgramException parseProblem(String workspace) {
        try {
            ProgramParser.standard().parse(workspace);
        } catch (ProgramException e) {
            return e;
        }
        throw new AssertionError("the workspace was read without a problem");
    }

    // ---- which language ----------------------------------------------------------------------

    @Test
    void english_is_the_fallback_even_on_a_server_whose_default_language_is_spanish() {
        Message bump = Message.program("run.undefined-procedure", "count");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);

            assertThat(bump.render(Locale.ENGLISH)).isEqualTo("There is no function called \"count\".");
            assertThat(bump.render(Locale.GERMAN)).as("a language Stepwise does not have").isEqualTo("There is no function called \"count\".");
            assertThat(bump.render(Locale.of("es", "MX"))).isEqualTo("No hay ninguna función que se llame \"count\".");
        } finally {
            Locale.setDefault(before);
        }
    }
}
