package org.thywill.archive.importing;

import java.util.List;

/** A drop that could not be taken whole: the drop folder moves it to {@code .failed/} with the reasons beside it. */
public class DropFailedException extends RuntimeException {

    private final List<String> reasons;

    public DropFailedException(String drop, List<String> reasons, Throwable cause) {
        super(drop + ": " + String.join("; ", reasons), cause);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
