package io.mailscope.diagnosis.internal.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the texts of server replies, library exceptions and error dialogs say about their cause, read from the data
 * file {@code error-texts.tsv} next to this class (one signature per row: cause id, confidence, expression, why).
 * Loaded once; a malformed row is an error that names the row, never a silently smaller table.
 */
public final class ErrorTextKnowledge {

    static final String RESOURCE = "error-texts.tsv"; //$NON-NLS-1$

    /**
     * One signature.
     *
     * @param causeId the catalog cause the text points to
     * @param confidence what the text alone can carry, 0..1
     * @param pattern found anywhere in the text, case-insensitive
     * @param why one sentence for the engineer
     * @param row the row in the data file, for problems
     */
    public record Signature(String causeId, double confidence, Pattern pattern, String why, int row) {
    }

    /** A signature found in a text, with the part of the text that matched. */
    public record Match(Signature signature, String matched) {
    }

    private static volatile ErrorTextKnowledge builtIn;

    private final List<Signature> signatures;

    ErrorTextKnowledge(List<Signature> signatures) {
        this.signatures = List.copyOf(signatures);
    }

    /** @return the built-in table, read on first use */
    public static ErrorTextKnowledge builtIn() {
        ErrorTextKnowledge k = builtIn;
        if (k == null) {
            synchronized (ErrorTextKnowledge.class) {
                k = builtIn;
                if (k == null) {
                    try (InputStream in = ErrorTextKnowledge.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the io.mailscope.diagnosis bundle"); //$NON-NLS-1$
                        }
                        k = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(RESOURCE, e);
                    }
                    builtIn = k;
                }
            }
        }
        return k;
    }

    /** @return the table in {@code in} (the data file's format), or an error that names the malformed row */
    public static ErrorTextKnowledge parse(BufferedReader in) throws IOException {
        List<Signature> rows = new ArrayList<>();
        int row = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            row++;
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] f = line.split("\t", -1); //$NON-NLS-1$
            if (f.length != 4 || f[0].isBlank() || f[2].isBlank() || f[3].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " row " + row + ": expected cause id, confidence, expression, why"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            double confidence;
            Pattern pattern;
            try {
                confidence = Double.parseDouble(f[1]);
                pattern = Pattern.compile(f[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (NumberFormatException | PatternSyntaxException e) {
                throw new IllegalArgumentException(RESOURCE + " row " + row + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (confidence <= 0 || confidence > 1) {
                throw new IllegalArgumentException(RESOURCE + " row " + row + ": confidence outside 0..1"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            rows.add(new Signature(f[0].strip(), confidence, pattern, f[3].strip(), row));
        }
        return new ErrorTextKnowledge(rows);
    }

    public List<Signature> signatures() {
        return signatures;
    }

    /** @return the first signature found in the text, in the table's order */
    public Optional<Match> match(String text) {
        for (Signature s : signatures) {
            Matcher m = s.pattern().matcher(text);
            if (m.find()) {
                return Optional.of(new Match(s, m.group()));
            }
        }
        return Optional.empty();
    }
}
