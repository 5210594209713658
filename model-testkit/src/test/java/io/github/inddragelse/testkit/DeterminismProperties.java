package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property 2: the same input gives the same result: assessing twice gives equal assessments, a batch
 * assessed from eight threads at once gives what one thread gives, and a case written as JSON twice
 * gives the same bytes and reads back to a case with the same assessment.
 */
class DeterminismProperties {

    private static final Assessor ASSESSOR = Assessor.standard();
    private static final InddragelseJson JSON = InddragelseJson.create();
    private static final int THREADS = 8;
    private static final int BATCH = 12;
    private static final int ROUNDS = 4;
    /** A bound on one batch, so that a deadlock fails the property instead of hanging the build. */
    private static final long BATCH_LIMIT_SECONDS = 120;

    private static ExecutorService pool;

    @BeforeContainer
    static void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterContainer
    static void stopPool() {
        pool.shutdownNow();
    }

    @Property(tries = 300)
    void assessing_the_same_input_twice_gives_equal_assessments(@ForAll AssessmentInput input) {
        Assessment first = input.assess(ASSESSOR);
        Assessment second = input.assess(ASSESSOR);
        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Property(tries = 25)
    void a_batch_assessed_from_eight_threads_at_once_gives_the_results_of_one_thread(
            @ForAll("batches") List<AssessmentInput> batch) throws InterruptedException {
        List<Assessment> sequential = new ArrayList<>();
        for (AssessmentInput input : batch) {
            sequential.add(input.assess(ASSESSOR));
        }
        List<Callable<Assessment>> tasks = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (AssessmentInput input : batch) {
                tasks.add(() -> input.assess(ASSESSOR));
            }
        }
        List<Future<Assessment>> futures = pool.invokeAll(tasks, BATCH_LIMIT_SECONDS, TimeUnit.SECONDS);
        for (int i = 0; i < futures.size(); i++) {
            Future<Assessment> future = futures.get(i);
            assertThat(future.isCancelled())
                    .as("task %s did not finish within the bound (a hang or deadlock)", i)
                    .isFalse();
            assertThat(result(future)).isEqualTo(sequential.get(i % batch.size()));
        }
    }

    @Provide
    Arbitrary<List<AssessmentInput>> batches() {
        return CaseProcesses.valid().withChecklistResponses().list().ofSize(BATCH);
    }

    @Property(tries = 200)
    void a_case_written_as_json_twice_gives_the_same_bytes_and_reads_back_to_the_same_assessment(
            @ForAll AssessmentInput input) {
        String first = JSON.writeCase(input.process());
        String second = JSON.writeCase(input.process());
        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        CaseProcess read = JSON.readCase(first.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(input.process());
        assertThat(ASSESSOR.assess(read, input.responses(), input.asOf())).isEqualTo(input.assess(ASSESSOR));
    }

    @Property(tries = 200)
    void an_assessment_of_the_same_input_written_as_json_gives_byte_identical_documents(@ForAll AssessmentInput input) {
        String first = JSON.writeAssessment(input.assess(ASSESSOR));
        String second = JSON.writeAssessment(input.assess(ASSESSOR));

        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(JSON.readAssessment(first.getBytes(StandardCharsets.UTF_8))).isEqualTo(input.assess(ASSESSOR));
    }

    private static Assessment result(Future<Assessment> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new AssertionError("assessing in a pool thread threw " + e.getCause(), e.getCause());
        }
    }
}
