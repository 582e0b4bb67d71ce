package dev.clearance.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;

/** Request bodies read with a size limit, so an oversized upload is a 413 and never an out-of-memory. */
public final class Bodies {
    private Bodies() {
    }

    /**
     * @param limit largest body accepted, in bytes
     * @return the body
     * @throws ApiError 413 when the declared or actual length exceeds {@code limit}
     */
    public static byte[] bytes(Context ctx, long limit) {
        String declared = ctx.header("Content-Length");
        if (declared != null) {
            try {
                long length = Long.parseLong(declared.trim());
                if (length > limit) {
                    discard(ctx, length);
                    throw ApiError.tooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Content-Length", "not a number: " + declared);
            }
        }
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            if (e.getStatus() == 413) {
                throw ApiError.tooLarge(limit);
            }
            throw e;
        }
        if (body.length > limit) {
            throw ApiError.tooLarge(limit);
        }
        return body;
    }

    // Reading (and dropping) a moderately oversized body before answering lets the client, still busy
    // sending, read the 413; closing at once often leaves it with a broken pipe instead of an answer.
    private static final long DRAIN_LIMIT = 64L << 20;

    private static void discard(Context ctx, long length) {
        if (length > DRAIN_LIMIT) {
            return;
        }
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            in.skip(length);
            byte[] sink = new byte[8192];
            while (in.read(sink) >= 0) {
                // drain whatever skip left
            }
        } catch (java.io.IOException e) {
            // the client gave up: nothing more to read
        }
    }

    /** @return the body as UTF-8 text, limited as {@link #bytes} */
    public static String text(Context ctx, long limit) {
        return new String(bytes(ctx, limit), StandardCharsets.UTF_8);
    }
}
