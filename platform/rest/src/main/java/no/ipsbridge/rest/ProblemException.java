package no.ipsbridge.rest;

import java.util.List;

/** Ends a request with a problem+json answer. Messages name fields and rules, never a person's data. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(new Problem(Problem.TYPE_BASE + typeSlug, title, status, detail, List.of(), null));
    }

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400,
                field + ": " + message, List.of(new Problem.FieldError(field, message)), null));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist or is not yours to see");
    }

    public static ProblemException forbidden(String reason) {
        return new ProblemException(403, "forbidden", "Forbidden", reason);
    }

    public static ProblemException conflict(String typeSlug, String detail) {
        return new ProblemException(409, typeSlug, "Conflict", detail);
    }
}
