package io.github.inddragelse.testkit;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseEventVisitor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts one text into every free-text field of a case process: every event's note and its kind's own
 * texts (a contact's reason and the citizen's own need, an investigation's wishes, resources,
 * judgement and each life area's resources and challenges, a hearing's information and response, a
 * decision's reasons, a goal's and an action plan's text, a coordination's topic, an information
 * gathering's purpose) and every participant's description, whether the field was filled or not.
 */
final class FreeText {

    private FreeText() {}

    /**
     * The same case with the text in every free-text field.
     *
     * @param process the case
     * @param text the text, for example a sentinel
     * @return the filled case
     */
    static CaseProcess fill(CaseProcess process, String text) {
        Filler filler = new Filler(text);
        return CaseProcess.builder()
                .from(process)
                .participants(process.participants().stream()
                        .map(p ->
                                Participant.builder().from(p).description(text).build())
                        .collect(Collectors.toList()))
                .events(process.events().stream().map(e -> e.accept(filler)).collect(Collectors.toList()))
                .build();
    }

    /** Rebuilds each event with the text in its note and its own free-text fields. */
    private static final class Filler implements CaseEventVisitor<CaseEvent> {
        private final String text;

        Filler(String text) {
            this.text = text;
        }

        @Override
        public CaseEvent visit(Contact e) {
            return Contact.builder()
                    .from(e)
                    .note(text)
                    .reason(text)
                    .citizensOwnNeed(text)
                    .build();
        }

        @Override
        public CaseEvent visit(Meeting e) {
            return Meeting.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(InformationGathering e) {
            return InformationGathering.builder()
                    .from(e)
                    .note(text)
                    .purpose(text)
                    .build();
        }

        @Override
        public CaseEvent visit(Investigation e) {
            List<LifeAreaAssessment> areas = e.lifeAreas().stream()
                    .map(a -> LifeAreaAssessment.builder()
                            .from(a)
                            .resources(text)
                            .challenges(text)
                            .build())
                    .collect(Collectors.toList());
            return Investigation.builder()
                    .from(e)
                    .note(text)
                    .citizensWishes(text)
                    .resources(text)
                    .professionalJudgement(text)
                    .lifeAreas(areas)
                    .build();
        }

        @Override
        public CaseEvent visit(Goal e) {
            return Goal.builder().from(e).note(text).text(text).build();
        }

        @Override
        public CaseEvent visit(Hearing e) {
            return Hearing.builder()
                    .from(e)
                    .note(text)
                    .informationSent(text)
                    .response(text)
                    .build();
        }

        @Override
        public CaseEvent visit(Decision e) {
            return Decision.builder().from(e).note(text).reasons(text).build();
        }

        @Override
        public CaseEvent visit(DeadlineNotice e) {
            return DeadlineNotice.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(ActionPlan e) {
            return ActionPlan.builder().from(e).note(text).text(text).build();
        }

        @Override
        public CaseEvent visit(ProviderOrder e) {
            return ProviderOrder.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(Coordination e) {
            return Coordination.builder().from(e).note(text).topic(text).build();
        }

        @Override
        public CaseEvent visit(MethodApplied e) {
            return MethodApplied.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(ProgressMeasurement e) {
            return ProgressMeasurement.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(FollowUp e) {
            return FollowUp.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(Complaint e) {
            return Complaint.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(CaseworkerChange e) {
            return CaseworkerChange.builder().from(e).note(text).build();
        }

        @Override
        public CaseEvent visit(Guidance e) {
            return Guidance.builder().from(e).note(text).build();
        }
    }
}
