package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.checklist.Perspective;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one checklist item counted: the answer given, its status, and its points out of the scale's
 * maximum.
 *
 * @param checklistId the checklist
 * @param checklistVersion the checklist version
 * @param itemId the item
 * @param perspective whose answer it is
 * @param answer the option code chosen, if any
 * @param status how the item counted
 * @param points the points given, when scored
 * @param maxPoints the most points the item's scale gives
 * @param weight the item's weight
 * @param dimensions the dimensions the item serves
 */
public record ItemScore(
        String checklistId,
        String checklistVersion,
        String itemId,
        Perspective perspective,
        Optional<String> answer,
        ItemStatus status,
        OptionalDouble points,
        double maxPoints,
        double weight,
        List<String> dimensions) {

    /** Copies the dimensions and checks that nothing is missing. */
    public ItemScore {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(checklistVersion, "checklistVersion");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(points, "points");
        dimensions = List.copyOf(dimensions);
    }
}
