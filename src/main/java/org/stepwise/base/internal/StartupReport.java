package org.stepwise.base.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One log line, when Stepwise is ready, that says where to open it. The address is also a
 * structured key ({@code url}) for JSON or logfmt logs ({@code logging.structured.format.console}).
 */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String contextPath = env.getProperty("server.servlet.context-path", "");
        String url = "http://localhost:" + web.getWebServer().getPort() + contextPath + "/";
        log.atInfo()
                .addKeyValue("event", "ready")
                .addKeyValue("url", url)
                .addKeyValue("startupMillis", event.getTimeTaken().toMillis())
                .log("Stepwise is ready at {} (started in {} ms)", url, event.getTimeTaken().toMillis());
    }
}
