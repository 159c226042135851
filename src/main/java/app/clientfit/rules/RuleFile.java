package app.clientfit.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One rule file as read from the rule folder.
 *
 * @param source  the path relative to the rule folder's parent, e.g. {@code rules/verdict.drl}
 * @param content the file's bytes as they were when read
 */
public record RuleFile(String source, RuleKind kind, byte[] content, String sha256) {

    public static RuleFile of(String source, byte[] content) {
        return new RuleFile(source, kindOf(source), content, sha256(content));
    }

    /** The rule kind a file name stands for, or null when it is not a rule file. */
    public static RuleKind kindOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return RuleKind.DRL;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods") || lower.endsWith(".csv")) {
            return RuleKind.DECISION_TABLE;
        }
        return null;
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
