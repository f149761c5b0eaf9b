package org.stepwise.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What Stepwise stores about teachers and students, who sees it and for how long; for teachers, pupils and parents. */
@Route("privacy")
@AnonymousAllowed
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    PrivacyView() {
        addClassName("stepwise-page");
        H1 heading = new H1(getTranslation("privacy.heading"));
        heading.setId("privacy-heading");
        add(heading, new Paragraph(getTranslation("privacy.intro")));
        section("privacy.stores.heading", "privacy.stores.teacher", "privacy.stores.student", "privacy.stores.visitor",
                "privacy.stores.cookies");
        section("privacy.not-stored.heading", "privacy.not-stored.personal", "privacy.not-stored.tracking",
                "privacy.not-stored.elsewhere");
        section("privacy.who.heading", "privacy.who.student", "privacy.who.teacher", "privacy.who.admin");
        section("privacy.how-long.heading", "privacy.how-long.text", "privacy.how-long.export");
    }

    private void section(String headingKey, String... itemKeys) {
        UnorderedList items = new UnorderedList();
        for (String key : itemKeys) {
            items.add(new ListItem(getTranslation(key)));
        }
        add(new H2(getTranslation(headingKey)), items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · " + getTranslation("app.name");
    }
}
