package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * What breaking a duty means in law. A broken guarantee rule normally makes the decision invalid and
 * is treated as critical; a broken order rule does not normally make the decision invalid and is as a
 * rule advisory. The severity of a rule is its own: a rule on an order rule may still be critical when
 * its rationale says why (complaint guidance, FVL §25).
 */
public enum LegalKind implements Labelled {
    /** Garantiforskrift: hearing, reasons, investigation. Breaking it is critical. */
    GUARANTEE_RULE("guarantee-rule", "Garantiforskrift", "Guarantee rule"),
    /**
     * Ordensforskrift: for example deadlines and complaint guidance. Breaking it does not normally make
     * the decision invalid; it is as a rule advisory.
     */
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
