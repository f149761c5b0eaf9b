package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.stepwise.classroom.CardContent;

/**
 * Sign-in cards side by side, ready to print: on paper two a row, each with a dashed cut line
 * and none split across pages (see {@code @media print} in {@code styles/stepwise.css}). Put
 * anything on the same page that should not be printed in an element with the class
 * {@code stepwise-screen-only}.
 */
class SignInCards extends Composite<Div> {

    SignInCards(List<CardContent> cards, String address) {
        Div grid = getContent();
        grid.addClassName("stepwise-signin-cards");
        cards.forEach(card -> grid.add(new SignInCard(card, address)));
    }
}
