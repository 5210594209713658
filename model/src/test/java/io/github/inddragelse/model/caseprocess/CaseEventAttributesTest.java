package io.github.inddragelse.model.caseprocess;

import static io.github.inddragelse.model.caseprocess.Fixtures.CASEWORKER;
import static io.github.inddragelse.model.caseprocess.Fixtures.CITIZEN;
import static io.github.inddragelse.model.caseprocess.Fixtures.DOCTOR;
import static io.github.inddragelse.model.caseprocess.Fixtures.OPENED;
import static io.github.inddragelse.model.caseprocess.Invalid.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Violation;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public contract of {@link CaseEvent#id()}, {@link CaseEvent#date()} and {@link
 * CaseEvent#participantIds()}, which read fields of {@link CaseEvent} filled when an instance is
 * made: every way of making an event (builder, {@code with*}, {@code copyOf}, {@code from}) reports
 * its own values, and the attributes keep their names everywhere they show.
 */
class CaseEventAttributesTest {

    private static final String TEXT = "tekst";
    private static final LocalDate LATER = OPENED.plusDays(3);

    @Test
    void every_kind_of_event_reports_the_id_date_and_participants_it_was_built_with()
            throws ReflectiveOperationException {
        for (CaseEvent e : Fixtures.events(TEXT)) {
            CaseEvent rebuilt = rebuild(e);
            assertThat(rebuilt).isNotSameAs(e).isEqualTo(e);
            assertThat(rebuilt.id()).isEqualTo(e.id());
            assertThat(rebuilt.date()).isEqualTo(e.date());
            assertThat(rebuilt.participantIds()).isEqualTo(e.participantIds());
        }
    }

    @Test
    void a_with_copy_reports_the_new_id_date_and_participants_and_the_original_keeps_its_own() {
        Contact original = Fixtures.contact(TEXT);
        ImmutableContact changed =
                implementation(original).withId("e99").withDate(LATER).withParticipantIds(List.of(DOCTOR));

        assertThat(changed.id()).isEqualTo("e99");
        assertThat(changed.date()).isEqualTo(LATER);
        assertThat(changed.participantIds()).containsExactly(DOCTOR);
        assertThat(changed.involves(DOCTOR)).isTrue();
        assertThat(changed.isKnownAsOf(OPENED)).isFalse();
        assertThat(original.id()).isEqualTo("e01");
        assertThat(original.date()).isEqualTo(OPENED);
        assertThat(original.participantIds()).containsExactly(CITIZEN, CASEWORKER);
    }

    @Test
    void a_builder_started_from_an_event_reports_the_values_set_after_it() {
        Contact changed = Contact.builder()
                .from(Fixtures.contact(TEXT))
                .id("e98")
                .date(LATER)
                .build();

        assertThat(changed.id()).isEqualTo("e98");
        assertThat(changed.date()).isEqualTo(LATER);
        assertThat(changed).isNotEqualTo(Fixtures.contact(TEXT));
    }

    @Test
    void to_string_equals_and_hash_code_still_use_the_id_and_date() {
        Contact contact = Fixtures.contact(TEXT);

        assertThat(contact.toString()).contains("id=e01", "date=" + OPENED);
        assertThat(contact).isEqualTo(Fixtures.contact(TEXT)).hasSameHashCodeAs(Fixtures.contact(TEXT));
        assertThat(implementation(contact).withId("e02")).isNotEqualTo(contact);
        assertThat(implementation(contact).withDate(LATER)).isNotEqualTo(contact);
    }

    @Test
    void a_builder_still_reports_a_missing_id_and_date_by_those_names() {
        assertThat(thrownBy(() -> Contact.builder()
                                .contactKind(ContactKind.APPLICATION)
                                .build())
                        .violations())
                .extracting(Violation::path)
                .containsExactly("id", "date");
    }

    @Test
    void an_event_read_before_its_fields_are_visible_falls_back_to_its_attributes() throws Exception {
        // what a thread that receives the event through a data race may see: the fields still null
        Contact contact = Fixtures.contact(TEXT);
        for (String name : List.of("idField", "dateField", "participantIdsField")) {
            Field field = CaseEvent.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(contact, null);
        }

        assertThat(contact.id()).isEqualTo("e01");
        assertThat(contact.date()).isEqualTo(OPENED);
        assertThat(contact.participantIds()).containsExactly(CITIZEN, CASEWORKER);
    }

    /** The generated implementation, whose {@code with*} methods make changed copies. */
    private static ImmutableContact implementation(Contact contact) {
        return (ImmutableContact) ImmutableContact.copyOf(contact);
    }

    /** A new instance of the same kind with the same attributes: {@code X.builder().from(e).build()}. */
    private static CaseEvent rebuild(CaseEvent e) throws ReflectiveOperationException {
        Class<?> type = e.getClass().getSuperclass();
        Object builder = type.getMethod("builder").invoke(null);
        builder.getClass().getMethod("from", type).invoke(builder, e);
        return (CaseEvent) builder.getClass().getMethod("build").invoke(builder);
    }
}
