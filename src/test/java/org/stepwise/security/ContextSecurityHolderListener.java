package org.stepwise.security;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before every test of a Spring context, makes that context's security context holder the one
 * {@link SecurityContextHolder} uses. Vaadin gives each application context its own holder (with
 * its own thread-local) and installs it globally when the context starts; with several cached
 * test contexts in one JVM, the global one is then the last started context's, so a test that
 * signs in through {@code SecurityContextHolder} would be anonymous to its own context's method
 * security. (A running application has one context; this only concerns tests.)
 */
public class ContextSecurityHolderListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
