package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker for due dates in the UI language (month and day names from the locale, its own
 * buttons from the bundle), from today on. Its errors are set by the view ({@code manual
 * validation}), so a problem the service names stays at the field; a typed text that is no date
 * is told apart by {@link #unreadable()}.
 */
class DueDatePicker extends DatePicker {

    DueDatePicker(Component in, Locale locale, String label) {
        setLabel(label);
        setLocale(locale);
        setClearButtonVisible(true);
        setManualValidation(true);
        setMin(LocalDate.now());
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(java.time.Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(in.getTranslation("teacher.assignments.calendar.today"));
        i18n.setCancel(in.getTranslation("teacher.assignments.calendar.cancel"));
        setI18n(i18n);
        addValueChangeListener(e -> setInvalid(false));
    }

    /** Whether the field holds typed text that is not a date (its value is then empty). */
    boolean unreadable() {
        return isInputUnparsable();
    }

    void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }
}
