package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The code frames of one file's findings: the lines a finding spans (at most five) with every secret value shown
 * there masked, then the {@link Redactor}'s patterns as a safety net. The secret values are those the facts show
 * ({@link SecretValues}) and those the rules name; frames are drawn once all rules have run on the file, so a
 * value one rule names is masked in every rule's frames. Keys, names, paths and URLs are never masked here.
 */
final class CodeFrames {
    private static final int MAX_LINES = 5;
    private static final String QUOTES = "\"'`";

    private final CodeFacts facts;
    private final SourceFile file;
    private final List<TextRange> named = new ArrayList<>();
    /** Read from the facts at the first frame: most files have no finding and need none. */
    private List<TextRange> factValues;
    /** Sorted at the first frame, after every rule has named its secrets. */
    private SecretRanges secrets;

    CodeFrames(CodeFacts facts) {
        this.facts = facts;
        this.file = facts.file();
    }

    /** A secret value a rule found. */
    void secret(TextRange value) {
        named.add(value);
        secrets = null;
    }

    /**
     * The finding with its code frame, its fingerprint and its code hash, which hash the frame's first line: the
     * line as shown, its secrets masked, and when something on it was masked, a 16-bit digest of the line as
     * written ({@link #valueDigest}).
     */
    Finding framed(Finding finding) {
        String frame = frame(finding.location());
        int firstLineEnd = frame.indexOf('\n');
        int line = finding.location().startLine();
        Hashes hashes = hashes(finding.ruleId(), file.path(), firstLineEnd < 0 ? frame : frame.substring(0, firstLineEnd),
                file.text().substring(file.lines().lineStart(line), file.lines().lineContentEnd(file.text(), line)));
        return finding.withSnippet(frame).withFingerprint(hashes.fingerprint(), hashes.codeHash());
    }

    /** A finding's fingerprint (rule, path, code) and code hash (rule, code). */
    record Hashes(String fingerprint, String codeHash) {}

    /**
     * The hashes of a finding whose first line reads {@code shown} in its frame and is {@code written} in the file:
     * rule, path and the shown line with blanks normalised (no line number, so moving code keeps it), and when
     * something on the line was masked, {@link #valueDigest its value digest}.
     */
    static Hashes hashes(String ruleId, String path, String shown, String written) {
        String code = normalised(shown) + valueDigest(shown, written);
        return new Hashes(hash(ruleId + "\u0000" + path + "\u0000" + code), hash(ruleId + "\u0000" + code));
    }

    private static String normalised(String lineText) {
        return lineText.strip().replaceAll("\\s+", " ");
    }

    /**
     * Empty when nothing on the line was masked; else four hex digits (16 bits) of a hash of the line as written, so
     * a changed token or password is a new finding although its masked line reads the same. Sixteen bits tell a
     * changed value from the same one (1 in 65,536 changes goes unseen) and are too few to confirm a guess of a
     * weak password from a published fingerprint: of a million guesses some fifteen match.
     */
    private static String valueDigest(String shown, String written) {
        if (normalised(written).equals(normalised(shown))) {
            return "";
        }
        return " \u0000" + hash("cliq-migrate value\u0000" + normalised(written)).substring(0, 4);
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of every secret value of the file, as written (quotes and all). */
    List<String> secretValues() {
        List<String> values = new ArrayList<>();
        for (TextRange range : secrets().all()) {
            values.add(file.text().substring(range.start(), Math.min(range.end(), file.text().length())));
        }
        return values;
    }

    private SecretRanges secrets() {
        if (secrets == null) {
            if (factValues == null) {
                factValues = SecretValues.in(facts);
            }
            List<TextRange> all = new ArrayList<>(named);
            all.addAll(factValues);
            secrets = SecretRanges.of(all);
        }
        return secrets;
    }

    private String frame(Location location) {
        int last = Math.min(location.endLine(), location.startLine() + MAX_LINES - 1);
        if (location.endLine() > location.startLine() && location.endColumn() == 1) {
            last = Math.max(location.startLine(), Math.min(last, location.endLine() - 1));
        }
        // the file's own text, so secret offsets stay exact whatever the line separators; they become \n after
        int frameStart = file.lines().lineStart(location.startLine());
        StringBuilder sb = new StringBuilder(file.text().substring(frameStart,
                file.lines().lineContentEnd(file.text(), last)));
        for (TextRange secret : secrets().overlapping(frameStart, frameStart + sb.length())) {
            mask(sb, frameStart, secret.start(), secret.end());
        }
        return Redactor.redact(sb.toString().replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * Masks the part of [{@code from}, {@code to}) (file offsets) that the frame shows, line by line: the first
     * line keeps a short prefix, as single-line masks do; a value that runs on is masked whole.
     */
    private void mask(StringBuilder frame, int frameStart, int from, int to) {
        String text = file.text();
        int start = Math.max(from, frameStart);
        int end = Math.min(to, frameStart + frame.length());
        boolean first = true;
        for (int at = start; at < end; ) {
            int lineEnd = at;
            while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int a = at - frameStart;
            int b = lineEnd - frameStart;
            // the quotes around a value stay, so the frame still reads as code
            while (a < b && b <= frame.length() && QUOTES.indexOf(frame.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && b <= frame.length() && QUOTES.indexOf(frame.charAt(b - 1)) >= 0) {
                b--;
            }
            if (a >= 0 && a < b && b <= frame.length()) {
                frame.replace(a, b, first && from >= frameStart ? Redactor.mask(frame.substring(a, b))
                        : "*".repeat(b - a));
                first = false;
            }
            at = lineEnd + 1;
        }
    }
}
