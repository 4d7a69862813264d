package dev.ophamin.serve;

import dev.ophamin.canonical.JsonObject;

/** An RFC 9457 problem answer: thrown by a route, written as {@code application/problem+json}. */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final String title;
    /** Headers the answer carries (Allow, Retry-After, WWW-Authenticate). */
    final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    Problem(int status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    static Problem badRequest(String code, String detail) {
        return new Problem(400, code, "Bad Request", detail);
    }

    Problem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not Found", detail);
    }

    /** The problem document; {@code instance} is the request path. */
    JsonObject json(String instance) {
        return JsonObject.builder().put("type", "urn:ophamin:problem:" + code).put("title", title)
                .put("status", (long) status).put("detail", getMessage()).put("instance", instance)
                .put("code", code).build();
    }
}
