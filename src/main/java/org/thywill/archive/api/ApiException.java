package org.thywill.archive.api;

/**
 * An HTTP error answer of the archive API: the status and the {@code detail} of its {@code {"detail": …}} body
 * (the original's codes and details, reference operations §6.1–§6.2), and for 429 the seconds of
 * {@code Retry-After}. The detail is sent to the client as it is: it never holds a session id or a server path.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String detail;
    private final long retryAfterSeconds;

    public ApiException(int status, String detail) {
        this(status, detail, 0);
    }

    public ApiException(int status, String detail, long retryAfterSeconds) {
        super(status + " " + detail, null, false, false);
        this.status = status;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** Seconds for a {@code Retry-After} header; 0 when none is sent. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }
}
