package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A versioned checklist for one perspective (citizen, caseworker, leader, provider): items with
 * stable ids, each with a question, an anchored answer scale, the dimensions it serves and when it
 * applies. The standard ones are in {@code StandardChecklists}; a municipality's own can be loaded
 * from JSON.
 */
@Value.Immutable
public abstract class Checklist {

    Checklist() {}

    /**
     * The checklist id, for example {@code sagsbehandler}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The version, for example {@code 1}.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * Whose view the checklist asks for.
     *
     * @return the perspective
     */
    public abstract Perspective perspective();

    /**
     * The title.
     *
     * @return the title in Danish and English
     */
    public abstract Text title();

    /**
     * The items, in order.
     *
     * @return the items, at least one
     */
    public abstract List<ChecklistItem> items();

    @Value.Derived
    @Value.Auxiliary
    Map<String, ChecklistItem> itemsById() {
        return items().stream()
                .collect(Collectors.toUnmodifiableMap(ChecklistItem::id, Function.identity(), (a, b) -> a));
    }

    /**
     * Looks up an item.
     *
     * @param itemId the item id
     * @return the item, if the checklist has it
     */
    public Optional<ChecklistItem> item(String itemId) {
        return Optional.ofNullable(itemsById().get(itemId));
    }

    /**
     * Checks that a response answers this checklist: same id, version and perspective, only known
     * item ids, and only option codes on each item's scale.
     *
     * @param response the response
     * @throws InvalidModelException listing every problem, each naming the item
     */
    public void validate(ChecklistResponse response) {
        List<Violation> problems = new ArrayList<>();
        if (!response.checklistId().equals(id())) {
            problems.add(new Violation("checklistId", "is '" + response.checklistId() + "', expected '" + id() + "'"));
        }
        if (!response.checklistVersion().equals(version())) {
            problems.add(new Violation(
                    "checklistVersion",
                    "is '" + response.checklistVersion() + "', but checklist '" + id() + "' is version '" + version()
                            + "'"));
        }
        if (response.perspective() != perspective()) {
            problems.add(new Violation(
                    "perspective",
                    "is " + response.perspective().code() + ", but checklist '" + id() + "' is for "
                            + perspective().code()));
        }
        for (Map.Entry<String, String> answer : response.answers().entrySet()) {
            ChecklistItem item = itemsById().get(answer.getKey());
            String path = "answers." + answer.getKey();
            if (item == null) {
                problems.add(new Violation(path, "names no item of checklist '" + id() + "'"));
            } else if (item.scale().option(answer.getValue()).isEmpty()) {
                problems.add(new Violation(
                        path,
                        "answer '" + answer.getValue() + "' is not on scale '"
                                + item.scale().id() + "' (options: "
                                + item.scale().options().stream()
                                        .map(AnswerOption::code)
                                        .collect(Collectors.joining(", "))
                                + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException("ChecklistResponse", problems);
        }
    }

    @Value.Check
    final void check() {
        Checks c = Checks.of("Checklist");
        c.require(id().matches("[a-z0-9][a-z0-9.-]{0,63}"), "id", "must be 1-64 characters of a-z, 0-9, '.' and '-'");
        c.require(!version().isBlank(), "version", "must not be blank");
        c.require(!items().isEmpty(), "items", "must hold at least one item");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items().size(); i++) {
            String itemId = items().get(i).id();
            c.require(ids.add(itemId), "items[" + i + "].id", "duplicate item id '" + itemId + "'");
        }
        c.throwIfAny();
    }

    @Override
    public String toString() {
        return "Checklist{" + id() + " v" + version() + ", " + perspective().code() + ", " + items().size() + " items}";
    }

    /**
     * Starts building a checklist.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Checklist}. */
    public static final class Builder extends ImmutableChecklist.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Checklist build() {
            return io.github.inddragelse.model.internal.Checks.built("Checklist", super::build);
        }
    }
}
