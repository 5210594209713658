package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, reading either succeeds or throws a JsonReadException with problems. */
class NoRawExceptionProperties {

    private final InddragelseJson json = InddragelseJson.create();

    /** Valid documents with a few characters replaced, deleted or duplicated. */
    @Provide
    Arbitrary<String> damagedDocuments() {
        return damaged(CaseProcessGenerator.caseProcesses().map(json::writeCasePretty));
    }

    @Provide
    Arbitrary<String> damagedChecklists() {
        return damaged(ChecklistGenerator.checklists().map(json::writeChecklistPretty));
    }

    @Provide
    Arbitrary<String> damagedAssessments() {
        return damaged(AssessmentGenerator.assessments().map(json::writeAssessmentPretty));
    }

    private static Arbitrary<String> damaged(Arbitrary<String> documents) {
        Arbitrary<String> pieces = Arbitraries.of(
                "",
                "\"",
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "null",
                "0",
                "-1",
                "true",
                "\"x\"",
                "\\",
                "\u0000",
                "é",
                "2026-02-30",
                "P0D",
                "\"kind\"",
                "\"meeting\"",
                "\"type\"",
                "\"all-of\"",
                "-0.5",
                "1.5",
                "1e999");
        return Combinators.combine(
                        documents,
                        Arbitraries.integers().between(0, 10_000),
                        pieces,
                        Arbitraries.integers().between(0, 5))
                .as((doc, at, piece, cut) -> {
                    int i = at % Math.max(1, doc.length());
                    return doc.substring(0, i) + piece + doc.substring(Math.min(doc.length(), i + cut));
                });
    }

    @Property(tries = 1000)
    void a_damaged_document_never_escapes_as_another_exception(@ForAll("damagedDocuments") String document) {
        assertReadsOrReports(document.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void a_damaged_checklist_never_escapes_as_another_exception(@ForAll("damagedChecklists") String document) {
        assertReadsOrReports(() -> json.readChecklist(document));
    }

    @Property(tries = 300)
    void a_damaged_assessment_never_escapes_as_another_exception(@ForAll("damagedAssessments") String document) {
        assertReadsOrReports(() -> json.readAssessment(document));
    }

    @Property(tries = 500)
    void random_bytes_never_escape_as_another_exception(@ForAll byte[] bytes) {
        assertReadsOrReports(bytes);
    }

    private void assertReadsOrReports(byte[] bytes) {
        assertReadsOrReports(() -> json.readCase(bytes));
    }

    private static void assertReadsOrReports(Supplier<?> read) {
        try {
            assertThat(read.get()).isNotNull();
        } catch (JsonReadException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems()).allSatisfy(p -> {
                assertThat(p.line()).isPositive();
                assertThat(p.column()).isPositive();
            });
        }
    }
}
