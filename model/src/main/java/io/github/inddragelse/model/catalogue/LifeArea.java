package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The FFB life areas for adults (KL's Fælles Faglige Begreber), each under its group. */
public enum LifeArea implements Labelled {
    /** Mentale funktioner. */
    MENTAL_FUNCTIONS(
            LifeAreaGroup.FUNCTIONS_AND_CONDITIONS, "mental-functions", "Mentale funktioner", "Mental functions"),
    /** Fysiske funktioner. */
    PHYSICAL_FUNCTIONS(
            LifeAreaGroup.FUNCTIONS_AND_CONDITIONS, "physical-functions", "Fysiske funktioner", "Physical functions"),
    /** Sundhedsforhold. */
    HEALTH_CONDITIONS(
            LifeAreaGroup.FUNCTIONS_AND_CONDITIONS, "health-conditions", "Sundhedsforhold", "Health conditions"),
    /** Sociale forhold. */
    SOCIAL_CONDITIONS(
            LifeAreaGroup.FUNCTIONS_AND_CONDITIONS, "social-conditions", "Sociale forhold", "Social conditions"),
    /** Relationer. */
    RELATIONSHIPS(LifeAreaGroup.ACTIVITY_AND_PARTICIPATION, "relationships", "Relationer", "Relationships"),
    /** Kommunikation. */
    COMMUNICATION(LifeAreaGroup.ACTIVITY_AND_PARTICIPATION, "communication", "Kommunikation", "Communication"),
    /** Mobilitet. */
    MOBILITY(LifeAreaGroup.ACTIVITY_AND_PARTICIPATION, "mobility", "Mobilitet", "Mobility"),
    /** Egenomsorg. */
    SELF_CARE(LifeAreaGroup.ACTIVITY_AND_PARTICIPATION, "self-care", "Egenomsorg", "Self-care"),
    /** Samfundsliv. */
    COMMUNITY_LIFE(LifeAreaGroup.ACTIVITY_AND_PARTICIPATION, "community-life", "Samfundsliv", "Community life"),
    /** Praktiske opgaver. */
    PRACTICAL_TASKS(
            LifeAreaGroup.ACTIVITY_AND_PARTICIPATION, "practical-tasks", "Praktiske opgaver", "Practical tasks"),
    /** Omgivelser: attitudes, neighbourhood, people in the network. */
    ENVIRONMENT(LifeAreaGroup.ENVIRONMENT, "environment", "Omgivelser", "Environment");

    private final LifeAreaGroup group;
    private final String code;
    private final Text label;

    LifeArea(LifeAreaGroup group, String code, String da, String en) {
        this.group = group;
        this.code = code;
        this.label = Text.of(da, en);
    }

    /**
     * The group this life area belongs to.
     *
     * @return the FFB group
     */
    public LifeAreaGroup group() {
        return group;
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
