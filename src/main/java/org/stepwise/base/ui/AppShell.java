package org.stepwise.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page around every view: Lumo theme plus Stepwise's own styles, and server push (a
 * class page and the projector change when students' work does, without a reload).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/stepwise.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
