package org.stepwise.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.stepwise.security.internal.AccountRepository;
import org.stepwise.security.internal.SignedInSessions;
import org.stepwise.shared.ConcurrentChangeException;

/**
 * Creates teacher accounts and changes their passwords. The very first account on a fresh
 * installation also administers it.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads at most 72 bytes of a password; longer ones are refused rather than cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MIN_USERNAME_LENGTH = 3;
    public static final int MAX_USERNAME_LENGTH = 60;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@+-]+");
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SignedInSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, SignedInSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    /** True until the first account exists: the home page then invites the visitor to create it. */
    @Transactional(readOnly = true)
    public boolean needsFirstTeacher() {
        return !accounts.anyAdministratorExists();
    }

    /**
     * Creates a teacher account. The first account of an installation is also its administrator.
     * Nothing is stored when the result is {@link SignUpResult.Rejected}.
     */
    @Transactional
    public SignUpResult signUpTeacher(SignUpRequest request) {
        String displayName = request.displayName().strip();
        String username = request.username().strip();
        List<SignUpProblem> problems = validate(displayName, username, request.password(), request.passwordAgain());
        if (!problems.isEmpty()) {
            return new SignUpResult.Rejected(problems);
        }
        accounts.lockForFirstAccountDecision();
        Set<String> roles = new LinkedHashSet<>(List.of(Roles.TEACHER));
        boolean first = !accounts.anyAdministratorExists();
        if (first) {
            roles.add(Roles.ADMIN);
        }
        if (accounts.usernameTaken(username)) {
            return new SignUpResult.Rejected(List.of(new SignUpProblem("username", "signup.error.username-taken", 0)));
        }
        Account account = new Account(AccountId.random(), username, displayName, roles, true);
        try {
            accounts.insert(account, passwordEncoder.encode(request.password()));
        } catch (DuplicateKeyException e) {
            return new SignUpResult.Rejected(List.of(new SignUpProblem("username", "signup.error.username-taken", 0)));
        }
        log.atInfo().addKeyValue("account", account.id()).addKeyValue("roles", roles)
                .log("Teacher account {} created{}", account.id(), first ? " as the first administrator" : "");
        return new SignUpResult.Created(account);
    }

    /**
     * Changes the signed-in teacher's or administrator's password. The new one follows the same
     * rules as at sign-up and must differ from the current one. Other sessions of the account end;
     * this one stays signed in. Nothing is changed when the result is {@link PasswordChangeResult.Rejected}.
     *
     * @throws ConcurrentChangeException when the account was changed meanwhile (e.g. an
     *                                   administrator reset its password); nothing was changed
     */
    @PreAuthorize("hasRole('TEACHER') or hasRole('ADMIN')")
    @Transactional
    public PasswordChangeResult changePassword(String current, String next, String again) {
        AccountId me = currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
        AccountRepository.Credentials stored = accounts.findCredentials(me)
                .orElseThrow(() -> new AccessDeniedException("The signed-in account no longer exists"));
        List<SignUpProblem> problems = new ArrayList<>();
        if (!passwordEncoder.matches(current, stored.passwordHash())) {
            problems.add(new SignUpProblem("currentPassword", "account.error.current-wrong", 0));
        } else if (current.equals(next)) {
            problems.add(new SignUpProblem("password", "account.error.same-password", 0));
        }
        problems.addAll(passwordProblems(next, again));
        if (!problems.isEmpty()) {
            return new PasswordChangeResult.Rejected(problems);
        }
        if (!accounts.updatePassword(me, stored.version(), passwordEncoder.encode(next), false)) {
            throw new ConcurrentChangeException("The account");
        }
        int ended = sessions.end(me, currentSessionId());
        log.atInfo().addKeyValue("account", me).log("Account {} changed its password; {} other session(s) ended", me, ended);
        return new PasswordChangeResult.Changed();
    }

    /**
     * True when the signed-in teacher or administrator signed in with a temporary password from an
     * administrator and must choose their own before doing anything else.
     */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return currentUser.get()
                .filter(user -> user.hasRole(Roles.TEACHER) || user.hasRole(Roles.ADMIN))
                .map(user -> accounts.mustChangePassword(user.id()))
                .orElse(false);
    }

    private static @Nullable String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

    private static List<SignUpProblem> validate(String displayName, String username, String password, String passwordAgain) {
        List<SignUpProblem> problems = new ArrayList<>();
        if (displayName.isEmpty()) {
            problems.add(new SignUpProblem("displayName", "signup.error.name-missing", 0));
        } else if (displayName.length() > MAX_NAME_LENGTH) {
            problems.add(new SignUpProblem("displayName", "signup.error.name-too-long", MAX_NAME_LENGTH));
        }
        if (username.length() < MIN_USERNAME_LENGTH) {
            problems.add(new SignUpProblem("username", "signup.error.username-too-short", MIN_USERNAME_LENGTH));
        } else if (username.length() > MAX_USERNAME_LENGTH) {
            problems.add(new SignUpProblem("username", "signup.error.username-too-long", MAX_USERNAME_LENGTH));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new SignUpProblem("username", "signup.error.username-characters", 0));
        }
        problems.addAll(passwordProblems(password, passwordAgain));
        return problems;
    }

    /** The rules for every new password: at sign-up, when changing it. */
    private static List<SignUpProblem> passwordProblems(String password, String passwordAgain) {
        List<SignUpProblem> problems = new ArrayList<>();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new SignUpProblem("password", "signup.error.password-too-short", MIN_PASSWORD_LENGTH));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new SignUpProblem("password", "signup.error.password-too-long", MAX_PASSWORD_BYTES));
        } else if (password.isBlank()) {
            problems.add(new SignUpProblem("password", "signup.error.password-blank", 0));
        }
        if (!password.equals(passwordAgain)) {
            problems.add(new SignUpProblem("passwordAgain", "signup.error.passwords-differ", 0));
        }
        return problems;
    }

}
