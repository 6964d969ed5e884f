package jp.resas.ops.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an approval binds: the SHA-256 of a version's identity and content (its raw objects' checksums,
 * the chunks its collection planned and the observations it holds). Publishing recomputes it from what
 * is stored and refuses when it differs from the digest the approver was shown.
 */
public record VersionDigest(long versionId, String sources, int chunks, long observations) {

    public String value() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = "version=" + versionId + "\nsources=" + sources + "\nchunks=" + chunks + "\nobservations=" + observations;
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
