package org.thywill.archive.intake;

/**
 * A dropped file (a ZIP or a loose archive file) that is refused as a whole: nothing of it is staged, imported
 * or merged. The message is the reason, written for the operator; it names the entry when one is at fault.
 */
public class DropRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public DropRejectedException(String reason) {
        super(reason);
    }

    public DropRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason, as given. */
    public String reason() {
        return getMessage();
    }
}
