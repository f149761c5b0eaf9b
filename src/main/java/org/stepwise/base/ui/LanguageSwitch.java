package org.stepwise.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.stepwise.base.internal.LanguageFromCookie;
import java.util.Locale;

/**
 * Chooses the language of the whole interface. The choice is kept in a cookie (no account needed,
 * so it also works for anonymous pupils) and the page reloads in the new language. Each language
 * is named in itself ("Español"), so a child can find theirs whatever the page shows now.
 */
class LanguageSwitch extends Composite<Select<Locale>> {

    LanguageSwitch(List<Locale> languages) {
        Select<Locale> select = getContent();
        select.setId("language");
        select.setAriaLabel(getTranslation("nav.language"));
        select.setItems(languages);
        select.setItemLabelGenerator(l -> getTranslation("app.language." + l.getLanguage()));
        select.setValue(languages.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                .orElse(languages.getFirst()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choose(e.getValue());
            }
        });
    }

    private void choose(Locale locale) {
        VaadinService.getCurrentResponse().addCookie(LanguageFromCookie.cookie(locale));
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
