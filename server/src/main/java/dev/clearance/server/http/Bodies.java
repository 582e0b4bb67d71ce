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

    /**
     * The charset a text body declares in {@code Content-Type} ({@code text/csv; charset=Shift_JIS}), UTF-8 when
     * it declares none.
     *
     * @throws ApiError 400 naming {@code Content-Type} when the charset is not one Java knows
     */
    public static java.nio.charset.Charset charset(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null) {
            return StandardCharsets.UTF_8;
        }
        for (String part : type.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                String name = p.substring(eq + 1).trim();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                try {
                    return java.nio.charset.Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("Content-Type", "unknown charset "
                            + dev.clearance.text.Excerpt.quote(name)
                            + ": name one Java knows, e.g. UTF-8, Shift_JIS, EUC-KR, x-windows-949, windows-1252");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * An uploaded text body, limited as {@link #bytes}, with the charset it declares.
     *
     * @param bytes   the body
     * @param charset the declared charset (UTF-8 when none)
     */
    public record Upload(byte[] bytes, java.nio.charset.Charset charset) {
        /** @return the body as a stream, for a reader that decodes it line by line */
        public java.io.InputStream stream() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        /** @return true when the body has no text */
        public boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    /** @return the body and its declared charset (400 for an unknown charset, 413 when too large) */
    public static Upload upload(Context ctx, long limit) {
        java.nio.charset.Charset charset = charset(ctx);
        return new Upload(bytes(ctx, limit), charset);
    }

    /** @return the body as UTF-8 text, limited as {@link #bytes} */
    public static String text(Context ctx, long limit) {
        return new String(bytes(ctx, limit), StandardCharsets.UTF_8);
    }
}
