package org.stepwise.base.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Applies the language chosen with the language switch (a cookie) to each new page, before any
 * view is built. Without the cookie Vaadin picks the browser's language among those translated.
 */
@Component
public class LanguageFromCookie implements VaadinServiceInitListener {

    public static final String COOKIE = "stepwise-language";

    LanguageFromCookie() {
    }

    /** The cookie that keeps a chosen language for a year, sent with every page of the app. */
    public static Cookie cookie(Locale language) {
        Cookie cookie = new Cookie(COOKIE, language.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request == null || request.getCookies() == null) {
                return;
            }
            Arrays.stream(request.getCookies())
                    .filter(c -> COOKIE.equals(c.getName()))
                    .map(Cookie::getValue)
                    .map(Locale::forLanguageTag)
                    .filter(l -> event.getSource().getInstantiator().getI18NProvider().getProvidedLocales().stream()
                            .anyMatch(p -> p.getLanguage().equals(l.getLanguage())))
                    .findFirst()
                    .ifPresent(l -> {
                        ui.getUI().setLocale(l);
                        ui.getUI().getSession().setLocale(l);
                    });
        });
    }
}
