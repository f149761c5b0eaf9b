package org.stepwise.classroom.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How due dates read: the full date in the UI language, e.g. "Friday, 15 May 2026". */
final class DueDates {

    private DueDates() {
    }

    /**
     * The locale to write and read dates in: the browser's own (en-GB: 6/12/2026 is 6 December)
     * when it speaks the UI's language, else the UI's.
     */
    static Locale dateLocale(Locale uiLocale) {
        VaadinSession session = VaadinSession.getCurrent();
        WebBrowser browser = session == null ? null : session.getBrowser();
        Locale browserLocale = browser == null ? null : browser.getLocale();
        return browserLocale != null && browserLocale.getLanguage().equals(uiLocale.getLanguage()) ? browserLocale : uiLocale;
    }

    static String format(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /** Where a due date stands from a student's point of view. */
    enum Standing {
        OVERDUE, TODAY, TOMORROW, LATER;

        static Standing of(LocalDate due, LocalDate today) {
            if (due.isBefore(today)) {
                return OVERDUE;
            }
            if (due.equals(today)) {
                return TODAY;
            }
            return due.equals(today.plusDays(1)) ? TOMORROW : LATER;
        }
    }
}
