package org.stepwise.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.stepwise.grading.ExerciseReader;
import org.stepwise.grading.Grader;
import org.stepwise.grading.GradingPlan;
import org.stepwise.program.Outcome;
import org.stepwise.world.Worlds;

class PlaybackTest {

    private static final Path DIR = Path.of("src/test/resources/grading");

    private static Playback watch(String workspace) throws Exception {
        GradingPlan plan = new Grader(Worlds.standard()).prepare(ExerciseReader.read(Files.readString(DIR.resolve("days-from-tuesday.json"))));
        return new Playback(plan.watch(plan.parser().parse(Files.readString(DIR.resolve(workspace))), 0));
    }

    @Test
    void before_the_first_step_the_world_is_as_the_case_sets_it_up_and_nothing_is_highlighted() throws Exception {
        Playback playback = watch("day-by-day.workspace.json");

        assertThat(playback.atStart()).isTrue();
        assertThat(playback.blockId()).isNull();
        assertThat(playback.world().describe().render(Locale.ENGLISH)).contains("Tuesday");
        assertThat(playback.variables()).isEmpty();
        assertThat(playback.back()).isFalse();
    }

    @Test
    void stepping_forward_and_back_shows_the_same_world_and_block_again() throws Exception {
        Playback playback = watch("day-by-day.workspace.json");

        playback.forward(); // the loop block starts
        playback.forward(); // first "next day"
        String blockAfterTwo = playback.blockId();
        String worldAfterTwo = playback.world().describe().render(Locale.ENGLISH);
        assertThat(playback.worldChanged()).isTrue();
        playback.forward();
        assertThat(playback.world().describe().render(Locale.ENGLISH)).isNotEqualTo(worldAfterTwo);

        playback.back();

        assertThat(playback.position()).isEqualTo(1);
        assertThat(playback.blockId()).isEqualTo(blockAfterTwo);
        assertThat(playback.world().describe().render(Locale.ENGLISH)).isEqualTo(worldAfterTwo);
    }

    @Test
    void jumping_to_the_end_gives_the_verdict_that_grading_gives() throws Exception {
        Playback playback = watch("off-by-one.workspace.json");

        playback.jumpTo(Integer.MAX_VALUE);

        assertThat(playback.atEnd()).isTrue();
        assertThat(playback.position()).isEqualTo(playback.size() - 1);
        assertThat(playback.verdict().outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(playback.verdict().message().render(Locale.ENGLISH))
                .isEqualTo("Starting on Tuesday, 100 days later is Thursday, but your program said Wednesday.");
        assertThat(playback.forward()).isFalse();
        playback.reset();
        assertThat(playback.atStart()).isTrue();
    }
}
