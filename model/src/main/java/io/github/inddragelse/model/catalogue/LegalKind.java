package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * What breaking a duty means in law. A broken guarantee rule normally makes the decision invalid and
 * is treated as critical; an order rule is advisory.
 */
public enum LegalKind implements Labelled {
    /** Garantiforskrift: hearing, reasons, investigation. Breaking it is critical. */
    GUARANTEE_RULE("guarantee-rule", "Garantiforskrift", "Guarantee rule"),
    /** Ordensforskrift: for example deadlines. Breaking it is advisory. */
    ORDER_RULE("order-rule", "Ordensforskrift", "Order rule"),
    /** A substantive provision: the purpose of the help, or a kind of help the citizen can get. */
    SUBSTANTIVE("substantive", "Materiel bestemmelse", "Substantive provision"),
    /** God praksis: good administrative or professional practice. */
    GOOD_PRACTICE("good-practice", "God praksis", "Good practice");

    private final String code;
    private final Text label;

    LegalKind(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Text label() {
        return label;
    }
}
