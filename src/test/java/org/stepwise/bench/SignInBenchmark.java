package org.stepwise.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.Application;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.ClassJoin;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.JoinOutcome;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.classroom.StudentSecret;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;

/**
 * A class of 30 signing in at the same moment: the app with its real database and password
 * encoder, a class of 30 students with picture passwords, and 30 threads released together, each
 * signing one student in through {@link ClassJoin#signIn} (what the join page calls: find the
 * class, check the secret's hash, store the signed-in session). Prints the time until the last
 * one is signed in, over several rounds, beside the 3 s target, and what one hash check costs.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.stepwise.bench.SignInBenchmark [-Dexec.args="--students=30 --rounds=7"]
 * </pre>
 */
public final class SignInBenchmark {

    static final double TARGET_SECONDS = 3;

    public static void main(String[] args) throws Exception {
        int studentCount = 30;
        int rounds = 7;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--students=")) {
                studentCount = Integer.parseInt(value);
            } else if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(value);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + " (known: --students= --rounds=)");
            }
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--stepwise.database.embedded.ephemeral=true", "--logging.level.root=WARN")) {
            app.getBean(AccountService.class).signUpTeacher(new SignUpRequest("Bench", "bench-teacher", "correct horse battery", "correct horse battery"));
            UserDetails teacher = app.getBean(UserDetailsService.class).loadUserByUsername("bench-teacher");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(teacher, null, teacher.getAuthorities()));
            Classrooms classrooms = app.getBean(Classrooms.class);
            SchoolClass schoolClass = classrooms.create(new ClassDetails("Bench class", Subject.MATHS, "", SignInKind.PICTURES));
            List<StudentSecret> students = classrooms.addStudents(schoolClass.id(),
                    IntStream.rangeClosed(1, studentCount).mapToObj(i -> "Student " + i).toList(), Locale.ENGLISH);
            SecurityContextHolder.clearContext();

            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            String hash = encoder.encode("sun-tree-fish");
            double[] single = new double[20];
            for (int i = 0; i < single.length; i++) {
                long start = System.nanoTime();
                encoder.matches("sun-tree-fish", hash);
                single[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(single);
            System.out.printf(Locale.ROOT, "Password hash: %s, one check %.1f ms (median of %d), %d cores%n",
                    hash.substring(0, hash.indexOf('$', hash.indexOf('$', hash.indexOf('}') + 2) + 1)), single[single.length / 2],
                    single.length, Runtime.getRuntime().availableProcessors());

            ClassJoin join = app.getBean(ClassJoin.class);
            ExecutorService pool = Executors.newFixedThreadPool(studentCount);
            List<Double> totals = new ArrayList<>();
            try {
                for (int round = 0; round <= rounds; round++) { // round 0 warms up
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<Long>> done = new ArrayList<>();
                    for (StudentSecret student : students) {
                        done.add(pool.submit(() -> {
                            go.await();
                            JoinOutcome outcome = join.signIn(schoolClass.joinCode(), student.student(), student.secret(),
                                    new MockHttpServletRequest(), new MockHttpServletResponse());
                            SecurityContextHolder.clearContext();
                            if (!(outcome instanceof JoinOutcome.SignedIn)) {
                                throw new IllegalStateException("a student was not signed in: " + outcome);
                            }
                            return System.nanoTime();
                        }));
                    }
                    long start = System.nanoTime();
                    go.countDown();
                    long last = 0;
                    for (Future<Long> f : done) {
                        last = Math.max(last, f.get());
                    }
                    double seconds = (last - start) / 1e9;
                    if (round > 0) {
                        totals.add(seconds);
                    }
                    System.out.printf(Locale.ROOT, "%s: %d students signed in at once, the last after %.2f s%n",
                            round == 0 ? "warm-up" : "round " + round, studentCount, seconds);
                }
            } finally {
                pool.shutdownNow();
            }
            totals.sort(Double::compare);
            double median = totals.get(totals.size() / 2);
            double worst = totals.getLast();
            System.out.printf(Locale.ROOT, "%nSummary: %d at once, median %.2f s, worst %.2f s (target <= %.0f s): %s%n", studentCount, median,
                    worst, TARGET_SECONDS, worst <= TARGET_SECONDS ? "ok" : "OVER TARGET");
        }
    }

    private SignInBenchmark() {
    }
}
