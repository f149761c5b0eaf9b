package org.stepwise.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.stepwise.security.internal.StudentAccountRepository.StoredStudent;

/**
 * Signs a student in on the current HTTP session, the way Spring Security's form login does for
 * teachers: a new session id (so a session id known before sign-in is worthless after it) and
 * the security context stored in the session, which is registered so that it can be ended.
 */
@Component
public class StudentSessions {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SessionRegistry registry;

    StudentSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void signIn(StoredStudent student, HttpServletRequest request, HttpServletResponse response) {
        StepwiseUserDetails principal = StepwiseUserDetails.student(student.id(), student.displayName());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        String sessionId = request.changeSessionId();
        repository.saveContext(context, request, response);
        // registered like teachers' sessions, so that a new secret or removal from the class ends it
        registry.registerNewSession(sessionId, principal);
    }
}
