package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.classroom.ui.ClassFixture;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.shared.InputProblem;
import org.stepwise.shared.InvalidInputException;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.exercise.StudentWork;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountService;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.security.SignUpRequest;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ClassroomsIT {

    private static final ExerciseKey COUNTING = new ExerciseKey("100-days-from-tuesday", "count-day-by-day");

    @Autowired
    ClassFixture fixture;
    @Autowired
    Classrooms classrooms;
    @Autowired
    ClassJoin join;
    @Autowired
    AccountService accounts;
    @Autowired
    StudentWork work;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.session.SessionRegistry sessions;

    @BeforeEach
    void teachers() {
        jdbc.sql("delete from account").update();
        accounts.signUpTeacher(new SignUpRequest("Admin", "admin", "correct horse battery", "correct horse battery")); // first: also admin
        accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
        accounts.signUpTeacher(new SignUpRequest("Mr Okafor", "okafor", "correct horse battery", "correct horse battery"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_teacher_creates_a_class_with_a_code_without_look_alikes_and_sees_only_their_own_classes() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("  4B  ", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        classrooms.create(new ClassDetails("4A", Subject.LANGUAGE, "Year 4", SignInKind.WORD));

        assertThat(fourB.name()).isEqualTo("4B");
        assertThat(fourB.joinCode().value()).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
        assertThat(fourB.joinCode().display()).matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(classrooms.myClasses()).extracting(SchoolClass::name).containsExactly("4A", "4B");

        fixture.signIn("okafor");
        assertThat(classrooms.myClasses()).isEmpty();
        assertThatThrownBy(() -> classrooms.get(fourB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.roster(fourB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.delete(fourB.id())).isInstanceOf(AccessDeniedException.class);
        fixture.signIn("admin"); // administers accounts, does not teach 4B
        assertThatThrownBy(() -> classrooms.addStudents(fourB.id(), List.of("Zed"), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(classrooms::myClasses).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_class_without_a_name_is_refused_with_the_field_named() {
        fixture.signIn("rivera");
        assertThatThrownBy(() -> classrooms.create(new ClassDetails(" ", Subject.MATHS, "Year 4", SignInKind.PICTURES)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(InputProblem.of("name", "classes.error.name-missing")));
        assertThat(classrooms.myClasses()).isEmpty();
    }

    @Test
    void a_pasted_list_adds_every_name_with_a_secret_or_nobody_when_a_line_is_wrong() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));

        List<StudentSecret> cards = classrooms.addStudents(fourB.id(), List.of("Ana", "", "  Ben  Li ", "Chloé"), Locale.ENGLISH);

        assertThat(cards).extracting(StudentSecret::displayName).containsExactly("Ana", "Ben Li", "Chloé");
        assertThat(cards).allSatisfy(card -> assertThat(PictureSequence.parse(card.secret())).isPresent());
        assertThat(classrooms.roster(fourB.id())).extracting(RosterStudent::displayName).containsExactly("Ana", "Ben Li", "Chloé");

        assertThatThrownBy(() -> classrooms.addStudents(fourB.id(), List.of("Dev", "ana", "Eli", "Dev"), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        InputProblem.of("names", "roster.error.name-taken", 2, "ana"),
                        InputProblem.of("names", "roster.error.name-taken", 4, "Dev")));
        assertThat(classrooms.roster(fourB.id())).hasSize(3); // neither Dev nor Eli
    }

    @Test
    void a_student_signs_in_with_the_code_as_typed_their_name_and_pictures_on_a_new_session_id() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        StudentSecret ana = classrooms.addStudents(fourB.id(), List.of("Ana", "Ben"), Locale.ENGLISH).getFirst();
        SecurityContextHolder.clearContext();

        String typed = fourB.joinCode().display().toLowerCase(Locale.ROOT).replace("-", " - ");
        JoinableClass found = ((JoinLookup.Found) join.find(typed, "10.0.0.1")).joinable();
        assertThat(found.className()).isEqualTo("4B");
        assertThat(found.signIn()).isEqualTo(SignInKind.PICTURES);
        assertThat(found.roster()).extracting(JoinableClass.Name::displayName).containsExactly("Ana", "Ben");
        assertThat(join.find("AAAAAA", "10.0.0.1")).isInstanceOf(JoinLookup.Unknown.class);

        MockHttpServletRequest request = new MockHttpServletRequest();
        String before = request.getSession(true).getId();
        String wrong = ana.secret().equals("sun-sun-sun") ? "moon-moon-moon" : "sun-sun-sun";
        assertThat(join.signIn(fourB.joinCode(), ana.student(), wrong, request, new MockHttpServletResponse()))
                .isInstanceOf(JoinOutcome.WrongSecret.class);
        assertThat(currentUser.get()).isEmpty();

        JoinOutcome outcome = join.signIn(fourB.joinCode(), ana.student(), ana.secret(), request, new MockHttpServletResponse());

        assertThat(outcome).isInstanceOfSatisfying(JoinOutcome.SignedIn.class, in -> assertThat(in.student().displayName()).isEqualTo("Ana"));
        assertThat(request.getSession().getId()).isNotEqualTo(before);
        assertThat(currentUser.get()).hasValueSatisfying(user -> {
            assertThat(user.id()).isEqualTo(ana.student());
            assertThat(user.roles()).containsExactly(Roles.STUDENT);
        });
        assertThat(request.getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    @Test
    void a_secret_word_is_checked_as_typed_in_any_case_and_spacing_and_a_new_card_replaces_it() {
        fixture.signIn("rivera");
        SchoolClass sixA = classrooms.create(new ClassDetails("6A", Subject.LANGUAGE, "Year 6", SignInKind.WORD));
        StudentSecret ben = classrooms.addStudents(sixA.id(), List.of("Ben"), Locale.ENGLISH).getFirst();
        assertThat(ben.secret()).matches("[a-z]+ [a-z]+");

        StudentSecret renewed = classrooms.newSecrets(sixA.id(), List.of(ben.student()), Locale.ENGLISH).getFirst();
        SecurityContextHolder.clearContext();

        if (!renewed.secret().equals(ben.secret())) {
            assertThat(join.signIn(sixA.joinCode(), ben.student(), ben.secret(), new MockHttpServletRequest(), new MockHttpServletResponse()))
                    .isInstanceOf(JoinOutcome.WrongSecret.class);
        }
        String typed = "  " + renewed.secret().toUpperCase(Locale.ROOT).replace(" ", "   ") + " ";
        assertThat(join.signIn(sixA.joinCode(), ben.student(), typed, new MockHttpServletRequest(), new MockHttpServletResponse()))
                .isInstanceOf(JoinOutcome.SignedIn.class);
    }

    @Test
    void five_wrong_tries_lock_a_student_out_for_a_while_and_a_new_card_lets_them_in_at_once() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        StudentSecret ana = classrooms.addStudents(fourB.id(), List.of("Ana"), Locale.ENGLISH).getFirst();
        SecurityContextHolder.clearContext();
        String wrong = ana.secret().equals("sun-sun-sun") ? "moon-moon-moon" : "sun-sun-sun";
        for (int i = 0; i < 5; i++) {
            assertThat(join.signIn(fourB.joinCode(), ana.student(), wrong, request("10.0.0.7"), new MockHttpServletResponse()))
                    .isInstanceOf(JoinOutcome.WrongSecret.class);
        }

        assertThat(join.signIn(fourB.joinCode(), ana.student(), ana.secret(), request("10.0.0.8"), new MockHttpServletResponse()))
                .as("even the right pictures, from another computer").isInstanceOfSatisfying(JoinOutcome.TooManyTries.class,
                        refused -> assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMinutes(1)));

        fixture.signIn("rivera");
        StudentSecret newCard = classrooms.newSecrets(fourB.id(), List.of(ana.student()), Locale.ENGLISH).getFirst();
        SecurityContextHolder.clearContext();
        assertThat(join.signIn(fourB.joinCode(), ana.student(), newCard.secret(), request("10.0.0.7"), new MockHttpServletResponse()))
                .isInstanceOf(JoinOutcome.SignedIn.class);
    }

    @Test
    void guessing_class_codes_from_one_address_is_stopped() {
        JoinLookup last = null;
        for (int i = 0; i < 60 && !(last instanceof JoinLookup.TooManyTries); i++) {
            last = join.find(String.format("ZZZ%03d", i).replace('0', 'A').replace('1', 'B'), "10.0.0.9");
        }
        assertThat(last).isInstanceOf(JoinLookup.TooManyTries.class);
        assertThat(join.find("ABCDEF", "10.0.0.10")).as("another address").isInstanceOf(JoinLookup.Unknown.class);
    }

    @Test
    void removing_a_student_or_giving_a_new_card_ends_the_sessions_signed_in_with_the_old_one() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        List<StudentSecret> added = classrooms.addStudents(fourB.id(), List.of("Ana", "Ben"), Locale.ENGLISH);
        SecurityContextHolder.clearContext();
        MockHttpServletRequest anasComputer = request("10.0.0.11");
        MockHttpServletRequest bensComputer = request("10.0.0.12");
        join.signIn(fourB.joinCode(), added.get(0).student(), added.get(0).secret(), anasComputer, new MockHttpServletResponse());
        join.signIn(fourB.joinCode(), added.get(1).student(), added.get(1).secret(), bensComputer, new MockHttpServletResponse());
        assertThat(sessions.getSessionInformation(anasComputer.getSession().getId()).isExpired()).isFalse();

        fixture.signIn("rivera");
        classrooms.newSecrets(fourB.id(), List.of(added.get(0).student()), Locale.ENGLISH);
        classrooms.removeStudent(fourB.id(), added.get(1).student());

        assertThat(sessions.getSessionInformation(anasComputer.getSession().getId()).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(bensComputer.getSession().getId()).isExpired()).isTrue();
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void no_student_name_or_secret_reaches_the_log(CapturedOutput output) {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.WORD));
        StudentSecret zephyrine = classrooms.addStudents(fourB.id(), List.of("Zephyrine Quillfeather"), Locale.ENGLISH).getFirst();
        RosterStudent onRoster = classrooms.roster(fourB.id()).getFirst();
        classrooms.rename(fourB.id(), onRoster.id(), onRoster.version(), "Zephyrine Q.");
        SecurityContextHolder.clearContext();
        join.signIn(fourB.joinCode(), zephyrine.student(), "wrong words", request("10.0.0.20"), new MockHttpServletResponse());
        join.signIn(fourB.joinCode(), zephyrine.student(), zephyrine.secret(), request("10.0.0.20"), new MockHttpServletResponse());
        fixture.signIn("rivera");
        classrooms.removeStudent(fourB.id(), zephyrine.student());

        assertThat(output.getAll()).doesNotContain("Zephyrine", "Quillfeather", zephyrine.secret(), "wrong words");
    }

    @Test
    void a_student_of_one_class_cannot_sign_in_through_another_class_code() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        StudentSecret ana = classrooms.addStudents(fourB.id(), List.of("Ana"), Locale.ENGLISH).getFirst();
        fixture.signIn("okafor");
        SchoolClass other = classrooms.create(new ClassDetails("5C", Subject.MATHS, "Year 5", SignInKind.PICTURES));
        SecurityContextHolder.clearContext();

        assertThat(join.signIn(other.joinCode(), ana.student(), ana.secret(), new MockHttpServletRequest(), new MockHttpServletResponse()))
                .isInstanceOf(JoinOutcome.WrongSecret.class);
    }

    @Test
    void renaming_from_a_stale_page_changes_nothing_and_says_so() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        classrooms.addStudents(fourB.id(), List.of("Ana", "Ben"), Locale.ENGLISH);
        RosterStudent ana = classrooms.roster(fourB.id()).getFirst();

        RosterStudent renamed = classrooms.rename(fourB.id(), ana.id(), ana.version(), "Anna");
        assertThat(renamed.displayName()).isEqualTo("Anna");

        assertThatThrownBy(() -> classrooms.rename(fourB.id(), ana.id(), ana.version(), "Ann")) // the other tab still had the old version
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> classrooms.rename(fourB.id(), ana.id(), renamed.version(), "ben"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(classrooms.roster(fourB.id())).extracting(RosterStudent::displayName).containsExactly("Anna", "Ben");

        assertThatThrownBy(() -> classrooms.update(fourB.id(), fourB.version() + 7, new ClassDetails("4B maths", Subject.MATHS, "Year 4",
                SignInKind.PICTURES), Locale.ENGLISH)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(classrooms.get(fourB.id()).name()).isEqualTo("4B");
    }

    @Test
    void switching_a_class_to_secret_words_gives_everyone_a_new_secret() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        classrooms.addStudents(fourB.id(), List.of("Ana", "Ben"), Locale.ENGLISH);

        Classrooms.ClassUpdate update = classrooms.update(fourB.id(), fourB.version(),
                new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.WORD), Locale.ENGLISH);

        assertThat(update.schoolClass().signIn()).isEqualTo(SignInKind.WORD);
        assertThat(update.newSecrets()).extracting(StudentSecret::displayName).containsExactly("Ana", "Ben");
        assertThat(update.newSecrets()).allSatisfy(s -> assertThat(s.secret()).matches("[a-z]+ [a-z]+"));
    }

    @Test
    void removing_a_student_or_deleting_the_class_deletes_the_accounts_and_their_work() {
        fixture.signIn("rivera");
        SchoolClass fourB = classrooms.create(new ClassDetails("4B", Subject.MATHS, "Year 4", SignInKind.PICTURES));
        List<StudentSecret> added = classrooms.addStudents(fourB.id(), List.of("Ana", "Ben", "Cai"), Locale.ENGLISH);
        for (StudentSecret student : added) {
            fixture.signInStudent(fourB, student);
            work.save(COUNTING, "{\"blocks\":{\"blocks\":[]}}", 0);
        }
        fixture.signIn("rivera");

        classrooms.removeStudent(fourB.id(), added.getFirst().student());

        assertThat(classrooms.roster(fourB.id())).extracting(RosterStudent::displayName).containsExactly("Ben", "Cai");
        assertThat(count("select count(*) from account where id = ?", added.getFirst().student().value())).isZero();
        assertThat(count("select count(*) from saved_workspace")).isEqualTo(2);

        classrooms.delete(fourB.id());

        assertThat(classrooms.myClasses()).isEmpty();
        assertThat(count("select count(*) from account where 'STUDENT' = any(roles)")).isZero();
        assertThat(count("select count(*) from saved_workspace")).isZero();
        assertThat(count("select count(*) from account")).isEqualTo(3); // the teachers stay
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
