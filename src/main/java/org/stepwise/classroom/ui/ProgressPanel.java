package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.stepwise.classroom.ClassExport;
import org.stepwise.classroom.ClassProgress;
import org.stepwise.classroom.ExerciseColumn;
import org.stepwise.classroom.ExerciseTitles;
import org.stepwise.classroom.ProgressCell;
import org.stepwise.classroom.ProgressGrid;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.exercise.CaseFailure;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.classroom.internal.ProgressSignals;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.live.LiveBus;
import org.stepwise.live.LiveSubscription;

/**
 * A class's progress for its teacher, to sit on the class page: a table of students by assigned
 * exercises (a real table with row and column headers; every cell says its state in words beside
 * its symbol, and a started one links to the student's program), the cases the class fails most,
 * and the class's data to download as CSV or JSON.
 */
class ProgressPanel extends Composite<Section> {

    /** Cases listed per exercise under "Cases the class fails most". */
    static final int FAILING_CASES_SHOWN = 5;

    static final String SOLVED = "\u2713";
    static final String IN_PROGRESS = "\u25D0";
    static final String NOT_STARTED = "\u25CB";

    private final ClassProgress progress;
    private final LiveBus bus;
    private final LessonCatalog catalog;
    private final ExerciseTitles titles;
    private LiveSubscription subscription = () -> { };
    private final SchoolClass schoolClass;
    private final Div grid = new Div();
    private final Div failing = new Div();

    ProgressPanel(ClassProgress progress, LiveBus bus, LessonCatalog catalog, SchoolClass schoolClass) {
        this.progress = progress;
        this.bus = bus;
        this.catalog = catalog;
        this.titles = new ExerciseTitles(catalog);
        this.schoolClass = schoolClass;
        Section root = getContent();
        root.setId("section-progress");
        root.addClassName("stepwise-progress");
        grid.addClassName("stepwise-progress-scroll");
        failing.setId("failing-cases");
        root.add(new H2(getTranslation("teacher.progress.heading")), grid,
                new H3(getTranslation("teacher.progress.failing.heading")), new Paragraph(getTranslation("teacher.progress.failing.how")),
                failing, exportLinks());
        refresh();
    }

    /** While on screen, a check by any student of the class (on any app instance) redraws the panel. */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = bus.subscribe(ProgressSignals.topic(schoolClass.id()), payload -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.close();
    }

    /** Reads the class's progress again and shows it. */
    void refresh() {
        ProgressGrid data = progress.grid(schoolClass.id());
        showGrid(data);
        showFailing(data.columns(), progress.failingCases(schoolClass.id()));
    }

    // ---- the grid -------------------------------------------------------------------------------

    private void showGrid(ProgressGrid data) {
        grid.removeAll();
        if (data.columns().isEmpty()) {
            grid.add(note("progress-empty", getTranslation("teacher.progress.no-assignments")));
            return;
        }
        if (data.rows().isEmpty()) {
            grid.add(note("progress-empty", getTranslation("teacher.progress.no-students")));
            return;
        }
        Locale locale = getLocale();
        NativeTable table = new NativeTable();
        table.setId("progress-grid");
        table.addClassName("stepwise-progress-grid");
        table.setCaptionText(getTranslation("teacher.progress.caption", SOLVED, IN_PROGRESS, NOT_STARTED));
        table.getCaption().setId("progress-grid-caption");
        NativeTableRow head = table.getHead().addRow();
        scope(head.addHeaderCell(), "col").setText(getTranslation("teacher.progress.student"));
        for (ExerciseColumn column : data.columns()) {
            NativeTableHeaderCell header = scope(head.addHeaderCell(), "col");
            Span title = new Span(titles.exercise(column.exercise(), locale));
            title.addClassName("stepwise-progress-exercise");
            Span lesson = new Span(titles.lesson(column.exercise(), locale));
            lesson.addClassName("stepwise-progress-lesson");
            header.add(title, lesson);
            if (column.dueOn() != null) {
                Span due = new Span(getTranslation("teacher.progress.due",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(column.dueOn())));
                due.addClassName("stepwise-progress-due");
                header.add(due);
            }
        }
        for (ProgressGrid.Row row : data.rows()) {
            NativeTableRow tr = table.getBody().addRow();
            scope(tr.addHeaderCell(), "row").setText(row.student().displayName());
            for (ProgressCell cell : row.cells()) {
                NativeTableCell td = tr.addDataCell();
                td.setId(cellId(cell));
                td.addClassName("stepwise-progress-cell");
                td.getElement().setAttribute("data-state", cell.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                td.add(cellContent(row.student().displayName(), cell, locale));
            }
        }
        // a wide table scrolls on its own; the scrolling box can be reached and named for keyboard users
        grid.getElement().setAttribute("role", "region");
        grid.getElement().setAttribute("tabindex", "0");
        grid.getElement().setAttribute("aria-labelledby", "progress-grid-caption");
        grid.add(table);
    }

    static String cellId(ProgressCell cell) {
        return "progress-cell-" + cell.student() + "-" + cell.exercise().lessonId() + "-" + cell.exercise().exerciseId();
    }

    /** A symbol and the same in words (never colour alone); a link to the program once the student has started. */
    private Component cellContent(String studentName, ProgressCell cell, Locale locale) {
        String symbol = switch (cell.state()) {
            case SOLVED -> SOLVED;
            case IN_PROGRESS -> IN_PROGRESS;
            case NOT_STARTED -> NOT_STARTED;
        };
        String words = switch (cell.state()) {
            case SOLVED -> getTranslation("teacher.progress.cell.solved", cell.attempts());
            case IN_PROGRESS -> cell.attempts() == 0 ? getTranslation("teacher.progress.cell.in-progress")
                    : getTranslation("teacher.progress.cell.in-progress-tries", cell.attempts());
            case NOT_STARTED -> getTranslation("teacher.progress.cell.not-started");
        };
        if (cell.hintsUsed()) {
            words = getTranslation("teacher.progress.cell.with-hints", words);
        }
        Span mark = new Span(symbol);
        mark.addClassName("stepwise-progress-symbol");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(words);
        if (!cell.started()) {
            return new Span(mark, text);
        }
        RouterLink link = new RouterLink(StudentProgramView.class, new RouteParameters(Map.of(
                StudentProgramView.CLASS_ID, schoolClass.id().toString(),
                StudentProgramView.STUDENT_ID, cell.student().toString(),
                StudentProgramView.LESSON, cell.exercise().lessonId(),
                StudentProgramView.EXERCISE, cell.exercise().exerciseId())));
        link.add(mark, text);
        link.getElement().setAttribute("aria-label",
                getTranslation("teacher.progress.cell.open", studentName, titles.exercise(cell.exercise(), locale), words));
        return link;
    }

    private static NativeTableHeaderCell scope(NativeTableHeaderCell cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    // ---- the cases the class fails most ----------------------------------------------------------

    private void showFailing(List<ExerciseColumn> columns, List<CaseFailure> failures) {
        failing.removeAll();
        if (failures.isEmpty()) {
            failing.add(note("failing-none", getTranslation(columns.isEmpty() ? "teacher.progress.no-assignments"
                    : "teacher.progress.failing.none")));
            return;
        }
        Locale locale = getLocale();
        Map<ExerciseKey, List<CaseFailure>> byExercise = new LinkedHashMap<>();
        failures.forEach(f -> byExercise.computeIfAbsent(f.exercise(), k -> new ArrayList<>()).add(f));
        byExercise.forEach((exercise, cases) -> {
            H4 title = new H4(getTranslation("teacher.progress.failing.exercise", titles.exercise(exercise, locale), titles.lesson(exercise, locale)));
            UnorderedList list = new UnorderedList();
            list.setId("failing-" + exercise.lessonId() + "-" + exercise.exerciseId());
            for (CaseFailure f : cases.subList(0, Math.min(FAILING_CASES_SHOWN, cases.size()))) {
                Span name = new Span(f.caseName());
                name.addClassName("stepwise-case-name");
                ListItem item = new ListItem(name, new Span(getTranslation(
                        f.hidden() ? "teacher.progress.failing.case.hidden" : "teacher.progress.failing.case.visible",
                        f.studentsFailing(), f.studentsTried())));
                item.addClassName("stepwise-failing-case");
                list.add(item);
            }
            failing.add(title, list);
            if (cases.size() > FAILING_CASES_SHOWN) {
                failing.add(new Paragraph(getTranslation("teacher.progress.failing.more", cases.size() - FAILING_CASES_SHOWN)));
            }
        });
    }

    // ---- downloads ------------------------------------------------------------------------------

    private Component exportLinks() {
        Anchor csv = download("export-csv", "teacher.export.csv", this::csvResponse);
        Anchor json = download("export-json", "teacher.export.json", this::jsonResponse);
        Div links = new Div(csv, json);
        links.addClassName("stepwise-export-links");
        Div box = new Div(new H3(getTranslation("teacher.export.heading")), new Paragraph(getTranslation("teacher.export.what")), links);
        box.setId("export");
        return box;
    }

    private Anchor download(String id, String textKey, Supplier<DownloadResponse> response) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> response.get()), AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(textKey)));
        anchor.setId(id);
        anchor.addClassName("stepwise-export-link");
        return anchor;
    }

    /** The class's data as CSV, made when the teacher clicks (so it is up to date). */
    DownloadResponse csvResponse() {
        return export(ClassExport::toCsv, ".csv", "text/csv; charset=utf-8");
    }

    /** The class's data as JSON, made when the teacher clicks. */
    DownloadResponse jsonResponse() {
        return export(ClassExport::toJson, ".json", "application/json");
    }

    private DownloadResponse export(Function<ClassExport, byte[]> format, String extension, String contentType) {
        try {
            byte[] bytes = format.apply(progress.export(schoolClass.id()));
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(schoolClass.name(), extension), contentType, bytes.length);
        } catch (AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        }
    }

    /** {@code <class name>-stepwise.csv}, the name's letters and digits kept, anything else a hyphen. */
    static String fileName(String className, String extension) {
        String name = className.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "class" : name) + "-stepwise" + extension;
    }

    // ---- helpers --------------------------------------------------------------------------------


    private static Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
