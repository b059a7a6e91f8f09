package org.thywill.archive.format.prayer;

import java.util.List;
import java.util.Objects;

/**
 * The six categorization header lines the original writes (all six, in this order) when
 * {@code CATEGORIZATION_METADATA_EXPORT=true}. Values are kept exactly as written: Python {@code str(float)}
 * for the score and confidence, {@code json.dumps} of a list for the flags.
 */
public record Categorization(String safetyScore, String safetyFlags, String category, String specificity,
                             String method, String confidence) {

    /** The header keys, in the order they are written; a line is {@code <key>: <value>}. */
    public static final List<String> KEYS = List.of("Safety Score", "Safety Flags", "Category", "Specificity",
            "Categorization Method", "Categorization Confidence");

    public Categorization {
        Objects.requireNonNull(safetyScore, "safetyScore");
        Objects.requireNonNull(safetyFlags, "safetyFlags");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(specificity, "specificity");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(confidence, "confidence");
    }

    static Categorization of(List<String> values) {
        return new Categorization(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
                values.get(5));
    }

    /** The values in {@link #KEYS} order. */
    public List<String> values() {
        return List.of(safetyScore, safetyFlags, category, specificity, method, confidence);
    }
}
