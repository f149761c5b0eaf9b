package org.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import org.stepwise.base.PageExtra;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;
import org.stepwise.security.SignedInUser;

/**
 * The frame around every view: the app name, a menu that shows what the signed-in person may
 * use, and sign-in or sign-out. Hiding a menu entry is only a convenience; every view checks
 * access itself.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<PageExtra> extras) {
        SignedInUser user = currentUser.get().orElse(null);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.label"));
        RouterLink brand = new RouterLink(getTranslation("app.name"), HomeView.class);
        brand.addClassName("stepwise-brand");

        HorizontalLayout account = new HorizontalLayout();
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassName("stepwise-account");
        if (user == null) {
            Button signIn = new Button(getTranslation("nav.sign-in"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("login")));
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signIn.setId("sign-in");
            account.add(signIn);
        } else {
            Span who = new Span(getTranslation("nav.signed-in-as", user.displayName()));
            who.setId("signed-in-as");
            Button signOut = new Button(getTranslation("nav.sign-out"), e -> authentication.logout());
            signOut.setId("sign-out");
            account.add(who, signOut);
        }

        I18NProvider i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        List<Locale> languages = i18n == null ? List.of() : i18n.getProvidedLocales();
        HorizontalLayout navbar = new HorizontalLayout(toggle, brand);
        if (languages.size() > 1) {
            navbar.add(new LanguageSwitch(languages));
        }
        navbar.add(account);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(brand);
        navbar.addClassName("stepwise-navbar");
        addToNavbar(navbar);
        addToDrawer(menu(user));
        Div extrasBox = new Div();
        extrasBox.addClassName("stepwise-page-extras");
        extras.forEach(extra -> extra.create().ifPresent(extrasBox::add));
        if (extrasBox.getComponentCount() > 0) {
            addToNavbar(extrasBox);
        }
        setPrimarySection(Section.DRAWER);
    }

    private Component menu(SignedInUser user) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        if (user != null && user.hasRole(Roles.STUDENT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-lessons"), "my-lessons", VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.lessons"), "lessons", VaadinIcon.BOOK.create()));
        if (user != null && user.hasRole(Roles.TEACHER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.teacher"), "teacher", VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.present"), "present", VaadinIcon.PRESENTATION.create()));
        }
        if (user != null && user.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin-teachers"), "admin/teachers", VaadinIcon.USERS.create()));
        }
        if (user != null && (user.hasRole(Roles.TEACHER) || user.hasRole(Roles.ADMIN))) {
            nav.addItem(new SideNavItem(getTranslation("nav.account"), "account", VaadinIcon.USER.create()));
        }
        if (user == null) {
            nav.addItem(new SideNavItem(getTranslation("nav.join"), "join", VaadinIcon.KEY.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.sign-up"), "signup", VaadinIcon.USER_CARD.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.privacy"), "privacy", VaadinIcon.LOCK.create()));
        return nav;
    }
}
