package io.mailscope.share.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;

import io.mailscope.trace.masking.CredentialMasking;
import io.mailscope.trace.masking.MaskedLine;
import io.mailscope.trace.masking.MaskingSession;

/**
 * Copies a trace line for line with every credential masked, so that a copy that leaves the desk (a case file attached
 * to a ticket) carries no password or AUTH payload, and every other line, every line number and every line ending stay
 * as they were: bookmarks and evidence lines point at the same lines in the copy. Each line goes through one credential
 * masking session (which follows SASL exchanges across lines); a line the import marked as holding a secret that the
 * masking does not recognise out of context has its last word masked.
 */
public final class MaskedTraceCopy {

    /** Longer lines are cut: a trace line this long is garbage, and it must not cost the heap. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private MaskedTraceCopy() {
    }

    /**
     * @param secretLines lines in which the import masked a secret
     * @return how many lines were changed
     */
    public static int copy(InputStream in, OutputStream out, IntPredicate secretLines) throws IOException {
        MaskingSession masking = CredentialMasking.newSession();
        InputStream buffered = new BufferedInputStream(in, 64 * 1024);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int number = 1;
        int masked = 0;
        int b;
        boolean pending = false;
        while ((b = buffered.read()) >= 0) {
            pending = true;
            if (b == '\n') {
                masked += writeLine(line, true, number++, masking, secretLines, out);
                pending = false;
            } else if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            }
        }
        if (pending) {
            masked += writeLine(line, false, number, masking, secretLines, out);
        }
        return masked;
    }

    /** @return 1 when the line was changed */
    private static int writeLine(ByteArrayOutputStream line, boolean lineFeed, int number, MaskingSession masking,
            IntPredicate secretLines, OutputStream out) throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        boolean carriageReturn = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        String text = new String(bytes, 0, bytes.length - (carriageReturn ? 1 : 0), StandardCharsets.UTF_8);
        MaskedLine result = masking.text(text);
        String written = result.text();
        boolean changed = result.changed();
        if (!changed && !result.carriesCredential() && secretLines.test(number)) {
            written = maskLastWord(text);
            changed = !written.equals(text);
        }
        if (changed) {
            out.write(written.getBytes(StandardCharsets.UTF_8));
            if (carriageReturn) {
                out.write('\r');
            }
        } else {
            out.write(bytes); // byte for byte, also bytes that are no UTF-8: the import reads the copy as the original
        }
        if (lineFeed) {
            out.write('\n');
        }
        return changed ? 1 : 0;
    }

    /** @return the line with its last word (a password, a SASL response) replaced by the mask */
    static String maskLastWord(String text) {
        String trimmed = text.stripTrailing();
        int start = trimmed.length();
        while (start > 0 && !Character.isWhitespace(trimmed.charAt(start - 1))) {
            start--;
        }
        if (start == trimmed.length() || trimmed.substring(start).equals(CredentialMasking.MASK)) {
            return text;
        }
        return trimmed.substring(0, start) + CredentialMasking.MASK + text.substring(trimmed.length());
    }
}
