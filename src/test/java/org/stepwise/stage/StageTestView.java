package org.stepwise.stage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-only page (it lives in the test sources, so the app never has it): every world's sample
 * run on a {@link WorldStage}, with buttons to pick a world and step through its states.
 * {@code /test/stage?world=sorting&step=2&lang=es&ms=0} opens a world at a step, in a language,
 * with an animation duration.
 */
@Route("test/stage")
@AnonymousAllowed
public class StageTestView extends VerticalLayout implements BeforeEnterObserver {

    private final WorldStage stage = new WorldStage();
    private final Span where = new Span();
    private Map<String, List<StageSamples.Sample>> samples = StageSamples.all(Locale.ENGLISH);
    private String world = "calendar";
    private int step;

    public StageTestView() {
        setSizeFull();
        HorizontalLayout worlds = new HorizontalLayout();
        for (String id : samples.keySet()) {
            Button pick = new Button(id, e -> go(id, 0));
            pick.setId("world-" + id);
            worlds.add(pick);
        }
        Button previous = new Button("<", e -> go(world, step - 1));
        previous.setId("previous");
        Button next = new Button(">", e -> go(world, step + 1));
        next.setId("next");
        IntegerField millis = new IntegerField();
        millis.setId("animation-millis");
        millis.setValue(WorldStage.DEFAULT_ANIMATION_MILLIS);
        millis.addValueChangeListener(e -> stage.setAnimationMillis(e.getValue() == null ? 0 : e.getValue()));
        where.setId("where");
        worlds.add(previous, next, millis, where);
        stage.setId("stage");
        stage.setWidthFull();
        stage.setHeight("640px");
        add(worlds, stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault("lang", List.of()).stream().findFirst().ifPresent(lang -> {
            Locale locale = Locale.forLanguageTag(lang);
            stage.setLocale(locale);
            samples = StageSamples.all(locale);
        });
        query.getOrDefault("ms", List.of()).stream().findFirst().ifPresent(ms -> stage.setAnimationMillis(Integer.parseInt(ms)));
        String w = query.getOrDefault("world", List.of(world)).getFirst();
        int s = Integer.parseInt(query.getOrDefault("step", List.of("0")).getFirst());
        go(w, s);
    }

    private void go(String newWorld, int newStep) {
        List<StageSamples.Sample> states = samples.get(newWorld);
        world = newWorld;
        step = Math.max(0, Math.min(states.size() - 1, newStep));
        StageSamples.Sample sample = states.get(step);
        stage.show(sample.world(), sample.stateJson(), sample.description());
        where.setText(world + " " + (step + 1) + "/" + states.size());
    }
}
