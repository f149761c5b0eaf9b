package org.stepwise.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.world.BlocklyJson.block;
import static org.stepwise.world.BlocklyJson.json;
import static org.stepwise.world.BlocklyJson.number;
import static org.stepwise.world.BlocklyJson.print;
import static org.stepwise.world.BlocklyJson.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.program.BlockShape;
import org.stepwise.program.Outcome;
import org.stepwise.program.ProgramException;
import org.stepwise.program.ProgramParser;
import org.stepwise.program.RunResult;
import org.stepwise.program.Value;
import org.stepwise.program.World;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldException;
import tools.jackson.databind.JsonNode;

/** What holds for every world: the registry, block definitions that match the code, foreign blocks refused. */
class WorldsTest {

    private static final Worlds WORLDS = Worlds.standard();

    /** A set-up per world in which every block can be used once from the start. */
    private static final Map<String, JsonNode> SETUPS = Map.of(
            "calendar", json("{'startDay': 'Monday', 'days': 3}"),
            "building", json("{'map': ['#####', '#S.A#', '#####'], 'start': {'facing': 'east'}, 'target': 7, 'rooms': {'A': 7}}"),
            "pattern", json("{'target': ['red', 'blue']}"),
            "sorting", json("{'cards': [2, 1, 3]}"),
            "answer", json("{'inputs': {'x': 1}}"));

    @Test
    void the_standard_registry_has_the_five_worlds_by_id() {
        assertThat(WORLDS.all()).extracting(WorldType::id).containsExactly("calendar", "building", "pattern", "sorting", "answer");
        assertThat(WORLDS.get("sorting")).get().extracting(WorldType::id).isEqualTo("sorting");
        assertThat(WORLDS.get("turtle")).isEmpty();
        assertThat(Worlds.standard()).isSameAs(WORLDS);
    }

    @Test
    void a_registry_refuses_two_worlds_with_one_id() {
        WorldType calendar = WORLDS.get("calendar").orElseThrow();

        assertThatThrownBy(() -> Worlds.of(calendar, calendar)).hasMessageContaining("calendar");
    }

    @Test
    void each_world_serves_exactly_the_block_file_the_browser_loads() throws Exception {
        for (WorldType world : WORLDS.all()) {
            Path file = Path.of("src/main/frontend/blocks", world.id() + ".json");

            assertThat(world.blockDefinitions()).as(file.toString()).isEqualTo(Files.readString(file));
            assertThat(world.blocks().types()).as(world.id()).isNotEmpty().allSatisfy(type -> assertThat(type).startsWith(world.id() + "_"));
        }
    }

    @Test
    void block_definitions_are_complete_for_blockly_in_every_language() {
        Pattern placeholder = Pattern.compile("%(\\d+)");
        for (String language : BlockTexts.LANGUAGES) {
            BlockTexts texts = BlockTexts.load(language);
            for (WorldType world : WORLDS.all()) {
                for (JsonNode definition : json(world.blockDefinitions())) {
                    String type = definition.path("type").asString() + " (" + language + ")";
                    assertThat(definition.path("colour").isNumber()).as(type + " colour").isTrue();
                    assertThat(texts.resolve(definition.path("tooltip").asString(""))).as(type + " tooltip").isNotBlank();
                    String message = texts.resolve(definition.path("message0").asString(""));
                    assertThat(message).as(type + " message0").isNotBlank();
                    List<Integer> used = new ArrayList<>();
                    Matcher m = placeholder.matcher(message);
                    while (m.find()) {
                        used.add(Integer.parseInt(m.group(1)));
                    }
                    int args = definition.path("args0").size();
                    assertThat(used).as(type + ": %1 … %n once for each of its " + args + " arguments, in any order")
                            .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, args).boxed().toList());
                    for (JsonNode arg : definition.path("args0")) {
                        assertThat(arg.path("name").asString()).as(type + " field and input names are in capitals").matches("[A-Z][A-Z0-9_]*");
                        for (JsonNode option : arg.path("options")) {
                            assertThat(option.size()).as(type + " dropdown option [label, value]").isEqualTo(2);
                            assertThat(texts.resolve(option.get(0).asString())).as(type + " dropdown label").isNotBlank();
                            assertThat(option.get(1).asString()).as(type + " dropdown values are in capitals").matches("[A-Z][A-Z0-9_]*");
                        }
                    }
                }
            }
        }
    }

    @Test
    void every_block_of_every_world_parses_and_runs() throws Exception {
        for (WorldType world : WORLDS.all()) {
            for (String type : world.blocks().types()) {
                BlockShape shape = world.blocks().get(type).orElseThrow();
                Map<String, Object> use = use(world, shape);
                String program = workspace(shape.statement() ? use : print(use));

                RunResult result = WorldRuns.run(world, SETUPS.get(world.id()), program);

                // a world may refuse the action (no card left of the first): that too shows the block is implemented
                assertThat(result.outcome()).as(type + ": " + result.message()).isIn(Outcome.SUCCESS, Outcome.FAILURE);
                if (result.outcome() == Outcome.FAILURE) {
                    assertThat(result.message().bundle()).as(type).isEqualTo(WorldMessages.BUNDLE);
                }
                assertThat(result.steps()).as(type).isEqualTo(1);
                if (!shape.statement()) {
                    assertThat(result.printed()).as(type + " senses a value").hasSize(1);
                }
            }
        }
    }

    /** The block with its first dropdown option in each field and a fitting number in each input. */
    private static Map<String, Object> use(WorldType world, BlockShape shape) {
        List<Object> pairs = new ArrayList<>();
        shape.fields().forEach((name, options) -> {
            pairs.add(name);
            pairs.add(options.iterator().next());
        });
        for (String input : shape.inputs()) {
            pairs.add(input);
            pairs.add(world.id().equals("building") ? number(7) : number(1));
        }
        return block(shape.type(), pairs.toArray());
    }

    @Test
    void a_world_refuses_blocks_it_does_not_know_when_parsing_and_when_running() {
        Map<String, String> foreign = new LinkedHashMap<>();
        foreign.put("calendar", "sorting_swap");
        foreign.put("building", "calendar_next_day");
        foreign.put("pattern", "building_move_forward");
        foreign.put("sorting", "answer_give");
        foreign.put("answer", "pattern_place");
        for (WorldType world : WORLDS.all()) {
            String stranger = foreign.get(world.id());
            String program = workspace(block(stranger, "id", "stranger"));
            World running = world.create(SETUPS.get(world.id()));

            assertThatThrownBy(() -> new ProgramParser(world.blocks()).parse(program)).as(world.id())
                    .isInstanceOfSatisfying(ProgramException.class, e -> assertThat(e.blockId()).isEqualTo("stranger"));
            for (String type : List.of(stranger, "turtle_fly")) {
                WorldException onPerform = catchWorldException(() -> running.perform(WorldRuns.call(type)));
                WorldException onSense = catchWorldException(() -> running.sense(WorldRuns.call(type)));
                assertThat(onPerform.failure()).as(world.id() + " " + type).isFalse();
                assertThat(onSense.failure()).as(world.id() + " " + type).isFalse();
                assertThat(onPerform.problem()).hasToString("The block \"" + type + "\" does not belong in this world.");
            }
        }
    }

    private static WorldException catchWorldException(Runnable action) {
        try {
            action.run();
        } catch (WorldException e) {
            return e;
        }
        throw new AssertionError("expected a WorldException");
    }

    @Test
    void two_worlds_of_one_type_do_not_share_anything() {
        Map<String, WorldCall> changes = Map.of(
                "calendar", WorldRuns.call("calendar_next_day"),
                "building", WorldRuns.call("building_turn", "DIRECTION", "LEFT"),
                "pattern", WorldRuns.call("pattern_place", "COLOUR", "RED"),
                "sorting", WorldRuns.call("sorting_swap"),
                "answer", WorldRuns.callWith("answer_give", "VALUE", Value.of(1)));
        for (WorldType type : WORLDS.all()) {
            World first = type.create(SETUPS.get(type.id()));
            World second = type.create(SETUPS.get(type.id()));

            first.perform(changes.get(type.id()));

            assertThat(first.state()).as(type.id()).isNotEqualTo(second.state());
            assertThat(second.state()).as(type.id()).isEqualTo(type.create(SETUPS.get(type.id())).state());
        }
    }

    @Test
    void every_state_describes_itself_and_has_json_for_drawing() {
        for (WorldType type : WORLDS.all()) {
            var state = type.create(SETUPS.get(type.id())).state();

            assertThat(state.describe().bundle()).isEqualTo(WorldMessages.BUNDLE);
            assertThat(state.describe().toString()).as(type.id()).doesNotContain("{").endsWith(".");
            assertThat(state.toJson()).as(type.id()).isNotEmpty();
            assertThat(type.describeSetup(SETUPS.get(type.id())).toString()).as(type.id()).doesNotContain("{").endsWith(".");
        }
    }
}
