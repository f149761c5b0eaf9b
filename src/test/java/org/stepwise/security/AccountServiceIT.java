package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void freshInstallation() {
        jdbc.sql("delete from account").update();
    }

    @Test
    void the_first_teacher_also_administers_the_installation_and_later_ones_do_not() {
        assertThat(accounts.needsFirstTeacher()).isTrue();

        Account first = created(accounts.signUpTeacher(request("Ms Rivera", "rivera")));
        Account second = created(accounts.signUpTeacher(request("Mr Okafor", "okafor")));

        assertThat(first.roles()).containsExactlyInAnyOrder(Roles.TEACHER, Roles.ADMIN);
        assertThat(second.roles()).containsExactly(Roles.TEACHER);
        assertThat(accounts.needsFirstTeacher()).isFalse();
    }

    @Test
    void passwords_are_stored_only_as_bcrypt_hashes() {
        accounts.signUpTeacher(request("Ms Rivera", "rivera"));

        String stored = jdbc.sql("select password_hash from account where username = 'rivera'").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("correct horse");
        assertThat(passwordEncoder.matches("correct horse battery", stored)).isTrue();
    }

    @Test
    void user_names_are_unique_without_regard_to_case() {
        accounts.signUpTeacher(request("Ms Rivera", "rivera"));

        SignUpResult again = accounts.signUpTeacher(request("Someone Else", "RIVERA"));

        assertThat(again).isEqualTo(new SignUpResult.Rejected(List.of(new SignUpProblem("username", "signup.error.username-taken", 0))));
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void every_problem_of_a_bad_sign_up_is_reported_and_nothing_is_stored() {
        SignUpResult result = accounts.signUpTeacher(new SignUpRequest(" ", "a!", "short", "different"));

        assertThat(result).isInstanceOf(SignUpResult.Rejected.class);
        assertThat(((SignUpResult.Rejected) result).problems()).extracting(SignUpProblem::field, SignUpProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("displayName", "signup.error.name-missing"),
                        org.assertj.core.groups.Tuple.tuple("username", "signup.error.username-too-short"),
                        org.assertj.core.groups.Tuple.tuple("password", "signup.error.password-too-short"),
                        org.assertj.core.groups.Tuple.tuple("passwordAgain", "signup.error.passwords-differ"));
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isZero();
    }

    @Test
    void a_password_longer_than_bcrypt_can_read_is_refused_rather_than_cut() {
        String tooLong = "é".repeat(40); // 80 bytes in UTF-8

        SignUpResult result = accounts.signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", tooLong, tooLong));

        assertThat(((SignUpResult.Rejected) result).problems()).extracting(SignUpProblem::messageKey)
                .containsExactly("signup.error.password-too-long");
    }

    @Test
    void a_teacher_signs_in_by_user_name_in_any_case_with_the_teacher_authority() {
        accounts.signUpTeacher(request("Ms Rivera", "Rivera"));

        var user = userDetails.loadUserByUsername("rivera");

        assertThat(user.getAuthorities()).extracting(Object::toString).contains("ROLE_TEACHER", "ROLE_ADMIN");
        assertThat(passwordEncoder.matches("correct horse battery", user.getPassword())).isTrue();
    }

    private static SignUpRequest request(String name, String username) {
        return new SignUpRequest(name, username, "correct horse battery", "correct horse battery");
    }

    private static Account created(SignUpResult result) {
        assertThat(result).isInstanceOf(SignUpResult.Created.class);
        return ((SignUpResult.Created) result).account();
    }
}
