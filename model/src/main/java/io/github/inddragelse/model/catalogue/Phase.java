package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The seven phases of the adult case process in VUM 2.0 (Voksenudredningsmetoden), in order. */
public enum Phase implements Labelled {
    /** Sagsåbning: the case is opened on an application or a notification. */
    OPENING("opening", "Sagsåbning", "Case opening"),
    /** Sagsoplysning / udredning: investigation and assessment with the citizen. */
    INVESTIGATION("investigation", "Sagsoplysning og udredning", "Investigation and assessment"),
    /** Sagsvurdering: professional assessment, recommendation and action plan. */
    CASE_ASSESSMENT("case-assessment", "Sagsvurdering", "Professional assessment"),
    /** Afgørelse: the decision. */
    DECISION("decision", "Afgørelse", "Decision"),
    /** Bestilling: the order to the provider. */
    ORDER("order", "Bestilling", "Order to the provider"),
    /** Levering: the provider delivers the help. */
    DELIVERY("delivery", "Levering", "Delivery"),
    /** Opfølgning: follow-up and supervision (SEL §148). */
    FOLLOW_UP("follow-up", "Opfølgning", "Follow-up");

    private final String code;
    private final Text label;

    Phase(String code, String da, String en) {
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
