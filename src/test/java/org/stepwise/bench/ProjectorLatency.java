package org.stepwise.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.stepwise.e2e.BrowserSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's measurement: with a class of 30 signed in and one projector, how long from the
 * teacher's step, and from a student's check, to the change on the big screen. Everything goes
 * through HTTP against the production jar, which this starts itself ({@link ProductionServer}: free
 * port, throw-away database) and stops at the end; one headless Chromium holds every page, each
 * person in a browser context of their own (own cookies, so own server session):
 * <ol>
 * <li>the teacher signs up, makes a class with secret words, pastes 30 names, reads the words from
 *     the cards and assigns "Find the room" ({@link ClassThroughBrowser});</li>
 * <li>30 students sign in at {@code /join} and open the exercise "No signs: turn the corner": 30
 *     live sessions whose student strip listens to the class's presentation (it redraws on every
 *     change of it, the teacher's steps included);</li>
 * <li>the teacher starts presenting the lesson to the class, the big screen opens in another
 *     context at 1920×1080, the class panel and the reference solution of the exercise go on it;</li>
 * <li><b>steps</b>: the presenter's Step button is clicked by script just after the presenter page
 *     reads its clock; the big screen notes the moment its "Step k of n" changes to what the
 *     presenter shows (a {@code MutationObserver}); after a warm-up pass, {@code --steps} steps,
 *     reset at the end of the program (not timed), {@code --pause-ms} apart;</li>
 * <li><b>checks</b>: each student, one after the other, first checks a wrong program, then (a
 *     second round) the reference solution; the student's page notes when its results appear, the
 *     big screen when the exercise's counts on the class panel change ("k solved", "k trying").</li>
 * </ol>
 * Times are read in each page as {@code performance.timeOrigin + performance.now()}; the
 * run first checks how closely two pages' clocks agree ({@link PageClock#skew}). The big screen
 * also notes when each push message arrives ({@code websocket-frames.js}), which splits a latency
 * into server + live bus + push (up to the frame) and the page's own work (frame to DOM change).
 * Not a test: nothing here runs in {@code ./mvnw verify}.
 *
 * <pre>
 * PATH=$HOME/.local/node24/bin:$PATH ./mvnw -Pproduction -DskipTests package
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.stepwise.bench.ProjectorLatency [-Dexec.args="..."]
 * </pre>
 * Arguments: {@code --jar=target/stepwise.jar}, {@code --students=30}, {@code --steps=200},
 * {@code --pause-ms=300} (between two timed actions; 0: back to back), and any number of
 * {@code --server-arg=--some.property=value} passed to the jar.
 */
public final class ProjectorLatency {

    static final String LESSON = "find-the-room";
    static final String LESSON_TITLE = "Find the room";
    static final String EXERCISE = "turn-the-corner";
    static final String EXERCISE_TITLE = "No signs: turn the corner";
    static final double TARGET_MS = 200;

    /** The exercise's counts on the class panel ("✓ 3 solved ◐ 1 trying …"). */
    private static final String COUNTS = "#live-exercise-" + LESSON + "-" + EXERCISE + " .stepwise-live-counts";
    /** Walks forward once: never reaches the room, so every case fails, quickly. */
    private static final String WRONG_PROGRAM = """
            {"blocks":{"languageVersion":0,"blocks":[{"type":"building_move_forward","id":"walk","x":20,"y":20}]}}""";
    private static final Pattern ALL_PASSED = Pattern.compile("^(\\d+) of \\1 cases passed\\.$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One timed step (milliseconds, from the presenter's clock just before the click).
     *
     * @param toScreen      to the big screen's "Step k of n" changed
     * @param toPresenter   to the presenter's own "Step k of n" changed (its round trip)
     * @param toFrame       to the first push message arriving at the big screen (server, live bus, push)
     * @param frameToScreen from that message to the change on the big screen (the page's own work)
     */
    record StepSample(double toScreen, double toPresenter, double toFrame, double frameToScreen) {
    }

    /**
     * One timed check (milliseconds).
     *
     * @param answerToScreen from the student's results appearing to the big screen's counts changing
     *                       (negative when the big screen was first)
     * @param clickToScreen  from the student's clock just before the click on Check to the big screen's change
     * @param clickToAnswer  from the click to the results on the student's page (grading, storing, the round trip)
     * @param toFrame        from the click to the first push message arriving at the big screen
     * @param frameToScreen  from that message to the change on the big screen
     */
    record CheckSample(String student, boolean solving, double answerToScreen, double clickToScreen, double clickToAnswer, double toFrame,
            double frameToScreen) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/stepwise.jar");
        int studentCount = 30;
        int steps = 200;
        long pauseMillis = 300;
        List<String> serverArgs = new ArrayList<>();
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--jar=")) {
                jar = Path.of(value);
            } else if (arg.startsWith("--students=")) {
                studentCount = Integer.parseInt(value);
            } else if (arg.startsWith("--steps=")) {
                steps = Integer.parseInt(value);
            } else if (arg.startsWith("--pause-ms=")) {
                pauseMillis = Long.parseLong(value);
            } else if (arg.startsWith("--server-arg=")) {
                serverArgs.add(value);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + " (known: --jar= --students= --steps= --pause-ms= --server-arg=)");
            }
        }
        String solution = JSON.writeValueAsString(JSON.readTree(Files.readString(Path.of("lessons", LESSON, EXERCISE + ".exercise.json")))
                .path("solution"));
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

        Path log = Path.of("target", "projector-latency", "server.log");
        try (ProductionServer server = ProductionServer.start(jar, log, serverArgs);
                Playwright playwright = BrowserSession.createPlaywright();
                Browser browser = BrowserSession.launchChromium(playwright)) {
            BrowserBenchmark.printEnvironment("Stepwise projector latency", jar, browser, serverArgs);
            System.out.printf(Locale.ROOT, "  load:    %s (1, 5, 15 min) before the run%n", loadAverage());
            String base = server.baseUrl();

            long setUpStart = System.nanoTime();
            Page presenter = newPage(browser, 1920, 1080);
            ClassThroughBrowser.signUpTeacher(presenter, base);
            ClassThroughBrowser.signInTeacher(presenter, base);
            ClassThroughBrowser.Roster roster = ClassThroughBrowser.makeClass(presenter, base, studentCount, LESSON_TITLE, LESSON);

            List<Page> students = new ArrayList<>();
            for (ClassThroughBrowser.Student student : roster.students()) {
                BrowserContext context = newContext(browser, 1280, 800);
                context.addInitScript(PageClock.WEBSOCKET_FRAMES); // to count the pushes their strips get
                Page page = context.newPage();
                ClassThroughBrowser.join(page, base, roster, student);
                page.navigate(base + "lessons/" + LESSON + "/" + EXERCISE);
                page.locator("#workspace svg.blocklyFlyout .blocklyBlockCanvas > *").first().waitFor();
                students.add(page);
            }

            presenter.navigate(base + "present?lesson=" + LESSON);
            assertThat(presenter.locator("#present-class")).containsText("Bench 6A");
            presenter.locator("#present-start").click();
            assertThat(presenter).hasURL(Pattern.compile(".*/present/[0-9a-f-]{36}$"));
            String screenAddress = presenter.locator("#present-open-screen").getAttribute("href");
            BrowserContext screenContext = newContext(browser, 1920, 1080);
            screenContext.addInitScript(PageClock.WEBSOCKET_FRAMES);
            Page screen = screenContext.newPage();
            ClassThroughBrowser.signInTeacher(screen, base);
            screen.navigate(base + screenAddress);
            assertThat(screen.locator("#slide-problem")).isVisible();
            presenter.locator("#present-show-class").click();
            assertThat(screen.locator("#audience-class")).isVisible();
            assertThat(screen.locator("#live-joined")).hasText(studentCount + " of " + studentCount + " students joined");
            choose(presenter, "#present-exercise", EXERCISE_TITLE);
            assertThat(presenter.locator("#present-whose")).containsText("The reference solution");
            presenter.locator("#present-show-program").click();
            assertThat(screen.locator("#program-workspace .blocklyBlockCanvas .controls_whileUntil")).isVisible();
            for (Page student : students) {
                assertThat(student.locator("#strip-presenting")).containsText(LESSON_TITLE);
            }
            System.out.printf(Locale.ROOT, "  set-up:  teacher, class of %d with secret words, %d students signed in on the exercise page, "
                    + "presentation with big screen, in %.0f s%n", studentCount, studentCount, (System.nanoTime() - setUpStart) / 1e9);
            System.out.printf(Locale.ROOT, "  open:    %d Chromium pages in %d browser contexts (%d students, the presenter, the big screen), "
                    + "so %d signed-in server sessions, all with server push%n", studentCount + 2, studentCount + 2, studentCount,
                    studentCount + 2);

            PageClock.Skew presenterSkew = PageClock.skew(presenter, screen, 50);
            PageClock.Skew studentSkew = PageClock.skew(students.getFirst(), screen, 50);
            PageClock.Skew lastStudentSkew = PageClock.skew(students.getLast(), screen, 50);
            System.out.printf(Locale.ROOT, "%nClocks of two pages (A, B, A read in turn, 50 times; B should fall between A's readings):%n");
            printSkew("presenter / big screen", presenterSkew);
            printSkew("first student / big screen", studentSkew);
            printSkew("last student / big screen", lastStudentSkew);
            double screenOffset = PageClock.offsetFromWallClock(screen);
            double worstOffset = 0;
            for (Page page : pages(presenter, students)) {
                worstOffset = Math.max(worstOffset, Math.abs(PageClock.offsetFromWallClock(page) - screenOffset));
            }
            System.out.printf(Locale.ROOT, "  each page's clock minus its Date.now() (median of 200): big screen %.2f ms; the other %d pages differ "
                    + "from it by at most %.2f ms%n", screenOffset, studentCount + 1, worstOffset);

            List<StepSample> warmUp = new ArrayList<>();
            List<StepSample> stepSamples;
            String loadAfterSteps;
            List<CheckSample> checkSamples;
            String finalCounts;
            double stripPushes;
            try {
                double stepsFrom = PageClock.now(screen);
                stepSamples = measureSteps(presenter, screen, steps, pauseMillis, warmUp);
                double stepsTo = PageClock.now(screen);
                loadAfterSteps = loadAverage();
                int pushes = 0;
                for (Page student : students) {
                    pushes += PageClock.frames(student, stepsFrom, stepsTo).size();
                }
                stripPushes = pushes / (double) students.size() / (warmUp.size() + stepSamples.size());
                checkSamples = measureChecks(students, roster, screen, solution, pauseMillis);
                finalCounts = PageClock.last(screen, "class");
            } catch (RuntimeException e) {
                Path dir = log.getParent();
                presenter.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("failed-presenter.png")).setFullPage(true));
                screen.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("failed-screen.png")));
                students.getFirst().screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("failed-student.png")));
                System.out.println("Failed; screenshots in " + dir + ", server log " + log);
                e.printStackTrace(System.out);
                throw e;
            }

            printSteps(stepSamples, warmUp, pauseMillis, loadAfterSteps);
            System.out.printf(Locale.ROOT, "  push messages each student's page received per step (its strip redrawn): %.2f%n", stripPushes);
            printChecks(checkSamples, finalCounts, pauseMillis);
            System.out.printf(Locale.ROOT, "%nSummary (target from issue 6: <= %.0f ms p95, loopback)%n", TARGET_MS);
            summary("teacher's step -> big screen", stepSamples, StepSample::toScreen);
            summary("student's results on their page -> big screen", checkSamples, CheckSample::answerToScreen);
            summary("student's click on Check -> big screen", checkSamples, CheckSample::clickToScreen);
            System.out.printf(Locale.ROOT, "  load:    %s (1, 5, 15 min) at the end%n", loadAverage());
        }
    }

    private static List<StepSample> measureSteps(Page presenter, Page screen, int count, long pauseMillis, List<StepSample> warmUp)
            throws InterruptedException {
        PageClock.watch(presenter, "position", "#position");
        PageClock.watch(screen, "position", "#position");
        while (!atEnd(presenter)) {
            warmUp.add(step(presenter, screen));
        }
        List<StepSample> samples = new ArrayList<>();
        while (samples.size() < count) {
            if (atEnd(presenter)) {
                reset(presenter, screen);
            }
            Thread.sleep(pauseMillis);
            samples.add(step(presenter, screen));
        }
        return samples;
    }

    private static StepSample step(Page presenter, Page screen) {
        String before = PageClock.last(presenter, "position");
        int presenterFrom = PageClock.count(presenter, "position");
        int screenFrom = PageClock.count(screen, "position");
        double clicked = PageClock.click(presenter, "#step");
        PageClock.Change own = PageClock.awaitOtherThan(presenter, "position", presenterFrom, before);
        PageClock.Change shown = PageClock.awaitText(screen, "position", screenFrom, own.text());
        double frame = firstFrame(screen, clicked, shown.at());
        return new StepSample(shown.at() - clicked, own.at() - clicked, frame - clicked, shown.at() - frame);
    }

    /** Back to before the first step, in both windows (not timed). */
    private static void reset(Page presenter, Page screen) {
        String before = PageClock.last(presenter, "position");
        int presenterFrom = PageClock.count(presenter, "position");
        int screenFrom = PageClock.count(screen, "position");
        presenter.locator("#reset").click();
        PageClock.Change own = PageClock.awaitOtherThan(presenter, "position", presenterFrom, before);
        PageClock.awaitText(screen, "position", screenFrom, own.text());
    }

    private static boolean atEnd(Page presenter) {
        return presenter.locator("#step").isDisabled();
    }

    /** Round 1: every student checks a wrong program (not started → trying); round 2: the solution (trying → solved). */
    private static List<CheckSample> measureChecks(List<Page> students, ClassThroughBrowser.Roster roster, Page screen, String solution,
            long pauseMillis) throws InterruptedException {
        for (Page student : students) {
            PageClock.watch(student, "results", "#results-summary");
        }
        PageClock.watch(screen, "class", COUNTS);
        List<CheckSample> samples = new ArrayList<>();
        for (boolean solving : List.of(false, true)) {
            String program = solving ? solution : WRONG_PROGRAM;
            int blocks = countBlocks(JSON.readTree(program));
            for (int i = 0; i < students.size(); i++) {
                Page student = students.get(i);
                PageClock.putProgram(student, program, blocks);
                // the server has the new program once it counts its blocks (the count differs from the
                // workspace's before: 3 start blocks, 1 wrong, more in the solution); then its save
                assertThat(student.locator("#blocks-used")).hasText("Blocks used: " + blocks);
                PageClock.awaitIdle(student);
                assertThat(student.locator("#save-status")).hasText("All changes saved.");
                Thread.sleep(pauseMillis);

                int answerFrom = PageClock.count(student, "results");
                int screenFrom = PageClock.count(screen, "class");
                String before = PageClock.last(screen, "class");
                double clicked = PageClock.click(student, "#check");
                PageClock.Change answer = PageClock.awaitOtherThan(student, "results", answerFrom, null);
                PageClock.Change shown = PageClock.awaitOtherThan(screen, "class", screenFrom, before);
                if (ALL_PASSED.matcher(String.valueOf(answer.text())).matches() != solving) {
                    throw new IllegalStateException(roster.students().get(i).name() + " checked the " + (solving ? "solution" : "wrong program")
                            + " and was told: " + answer.text());
                }
                double frame = firstFrame(screen, clicked, shown.at());
                samples.add(new CheckSample(roster.students().get(i).name(), solving, shown.at() - answer.at(), shown.at() - clicked,
                        answer.at() - clicked, frame - clicked, shown.at() - frame));
            }
        }
        return samples;
    }

    /** The first push message the big screen received between the action and the change it showed; NaN when none was seen. */
    private static double firstFrame(Page screen, double after, double upTo) {
        List<Double> frames = PageClock.frames(screen, after, upTo);
        return frames.isEmpty() ? Double.NaN : frames.getFirst();
    }

    /** Blocks as a block limit counts them: every block, not the shadow blocks inside inputs. */
    private static int countBlocks(JsonNode node) {
        int count = node.isObject() && node.has("type") ? 1 : 0;
        if (node.isObject()) {
            for (var property : node.properties()) {
                count += property.getKey().equals("shadow") ? 0 : countBlocks(property.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                count += countBlocks(element);
            }
        }
        return count;
    }

    private static List<Page> pages(Page presenter, List<Page> students) {
        List<Page> all = new ArrayList<>(students);
        all.add(presenter);
        return all;
    }

    private static Page newPage(Browser browser, int width, int height) {
        return newContext(browser, width, height).newPage();
    }

    private static BrowserContext newContext(Browser browser, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
        context.setDefaultTimeout(60_000);
        return context;
    }

    /** Picks an item of a Vaadin select by its text. */
    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).click();
        assertThat(page.locator(select)).containsText(item);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void printSkew(String pages, PageClock.Skew skew) {
        System.out.printf(Locale.ROOT, "  %-28s B off A's midpoint by at most %.2f ms; A's two readings at most %.2f ms apart; "
                + "B outside them %d times%n", pages, skew.maxOffsetMillis(), skew.maxWindowMillis(), skew.outOfOrder());
    }

    private static void printSteps(List<StepSample> samples, List<StepSample> warmUp, long pauseMillis, String load) {
        System.out.printf(Locale.ROOT, "%nTeacher's step -> big screen: %d steps timed, %d ms apart, after a warm-up pass of %d (load then: %s)%n",
                samples.size(), pauseMillis, warmUp.size(), load);
        line("click -> big screen's \"Step k of n\"", samples, StepSample::toScreen);
        line("click -> presenter's own \"Step k of n\"", samples, StepSample::toPresenter);
        line("click -> push message at the big screen", samples, StepSample::toFrame);
        line("push message -> big screen's change", samples, StepSample::frameToScreen);
        if (!warmUp.isEmpty()) {
            System.out.printf(Locale.ROOT, "  warm-up pass: first step %.1f ms to the big screen, max %.1f ms%n", warmUp.getFirst().toScreen(),
                    percentile(warmUp, StepSample::toScreen, 100));
        }
    }

    private static void printChecks(List<CheckSample> samples, String finalCounts, long pauseMillis) {
        System.out.printf(Locale.ROOT, "%nStudent's check -> class panel on the big screen: %d checks, one student at a time, %d ms apart "
                + "(each student a wrong program, then the solution)%n", samples.size(), pauseMillis);
        line("results on the student's page -> big screen", samples, CheckSample::answerToScreen);
        line("click on Check -> big screen", samples, CheckSample::clickToScreen);
        line("click on Check -> results on the student's page", samples, CheckSample::clickToAnswer);
        line("click on Check -> push message at the big screen", samples, CheckSample::toFrame);
        line("push message -> big screen's change", samples, CheckSample::frameToScreen);
        List<CheckSample> wrong = samples.stream().filter(s -> !s.solving()).toList();
        List<CheckSample> solved = samples.stream().filter(CheckSample::solving).toList();
        line("  of which wrong programs, click -> big screen", wrong, CheckSample::clickToScreen);
        line("  of which solutions, click -> big screen", solved, CheckSample::clickToScreen);
        System.out.printf(Locale.ROOT, "  the big screen's counts at the end: %s%n", finalCounts);
    }

    private static <T> void line(String what, List<T> samples, ToDoubleFunction<T> figure) {
        System.out.printf(Locale.ROOT, "  %-50s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (n=%d)%n", what, percentile(samples, figure, 50),
                percentile(samples, figure, 95), percentile(samples, figure, 100), samples.size());
    }

    private static <T> void summary(String what, List<T> samples, ToDoubleFunction<T> figure) {
        double p95 = percentile(samples, figure, 95);
        System.out.printf(Locale.ROOT, "  %-48s p50 / p95 / max  %.1f / %.1f / %.1f ms   %s%n", what, percentile(samples, figure, 50), p95,
                percentile(samples, figure, 100), p95 <= TARGET_MS ? "ok" : "OVER TARGET");
    }

    private static <T> double percentile(List<T> samples, ToDoubleFunction<T> figure, double p) {
        return StepLatency.percentile(samples.stream().mapToDouble(figure).filter(d -> !Double.isNaN(d)).toArray(), p);
    }

    private ProjectorLatency() {
    }
}
