package io.github.inddragelse.model.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A case assessed as of each date on which something happened: how its scores developed over the
 * case process.
 *
 * @param caseId the case
 * @param points one assessment per distinct event date, in date order
 */
public record Trajectory(String caseId, List<Assessment> points) {

    /** Copies the list and checks the case id is given. */
    public Trajectory {
        Objects.requireNonNull(caseId, "caseId");
        points = List.copyOf(points);
    }
}
