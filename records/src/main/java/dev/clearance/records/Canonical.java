package dev.clearance.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Unambiguous length-prefixed serialisation fed straight into SHA-256. */
public final class Canonical {
    private final MessageDigest digest = sha256();

    public Canonical(String tag) {
        add(tag);
    }

    public Canonical add(String value) {
        if (value == null) {
            digest.update("-;".getBytes(StandardCharsets.US_ASCII));
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            digest.update((byte) ';');
        }
        return this;
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
