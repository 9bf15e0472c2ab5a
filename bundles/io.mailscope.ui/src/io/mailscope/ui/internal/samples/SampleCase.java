package io.mailscope.ui.internal.samples;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

/**
 * One of the seed cases Mailscope was built from, shipped as a trace in this bundle's {@code samples/} folder.
 *
 * @param code     the error code the client showed, as the engineer reads it in the ticket
 * @param title    what the case is, one line
 * @param ticket   what the customer wrote or the engineer did
 * @param expected what the diagnosis finds (shown before opening, so a newcomer knows what to look for)
 * @param file     the file name under {@code samples/}
 * @param causeId  the catalog cause the diagnosis names, which a live run reproduces on the test server
 */
public record SampleCase(String code, String title, String ticket, String expected, String file, String causeId) {

    /** The three seed cases, in the order of the mission. */
    public static final List<SampleCase> SEED_CASES = List.of(
            new SampleCase("0x800CCC97", //$NON-NLS-1$
                    "POP3 message id out of range (Outlook 2002, InterMail server)", //$NON-NLS-1$
                    "Only this provider's accounts fail; a new mail profile does not help. The customer pasted Outlook's troubleshooting log: lines wrapped, threads interleaved.", //$NON-NLS-1$
                    "A server bug: STAT counts a hidden control message that UIDL and LIST do not list; the evidence is the STAT, UIDL and LIST lines.", //$NON-NLS-1$
                    "outlook2002-pop3-0x800ccc97.log", //$NON-NLS-1$
                    "0x800CCC97.server-bug.hidden-control-message"), //$NON-NLS-1$
            new SampleCase("0x800CCC0F", //$NON-NLS-1$
                    "The server unexpectedly terminated the connection (POP3, port 110)", //$NON-NLS-1$
                    "The engineer's manual test: telnet to port 110 and watch. The server greets, then drops the connection.", //$NON-NLS-1$
                    "Dropped right after the greeting: a server-side connection limit or throttling setting, not the client.", //$NON-NLS-1$
                    "telnet-pop3-0x800ccc0f.txt", //$NON-NLS-1$
                    "0x800CCC0F.connection-dropped-after-greeting"), //$NON-NLS-1$
            new SampleCase("0x800CCC0B", //$NON-NLS-1$
                    "The server or mail drop is busy (sending through the provider's SMTP server)", //$NON-NLS-1$
                    "Mail stays in the outbox of Windows Live Mail / Outlook.", //$NON-NLS-1$
                    "Outgoing server authentication is not turned on: the server answers 530 Authentication required to MAIL FROM.", //$NON-NLS-1$
                    "smtp-auth-required-0x800ccc0b.txt", //$NON-NLS-1$
                    "0x800CCC0B.auth-required")); //$NON-NLS-1$

    /** @return the sample file on disk (extracted from the bundle when it is packed) */
    public Path path() throws IOException {
        URL entry = FrameworkUtil.getBundle(SampleCase.class).getEntry("samples/" + file); //$NON-NLS-1$
        if (entry == null) {
            throw new IOException("the sample " + file + " is missing from the io.mailscope.ui bundle's samples/ folder"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return Path.of(FileLocator.toFileURL(entry).toURI());
        } catch (URISyntaxException e) {
            throw new IOException("the sample " + file + " has no file location: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the error code as a number, to compare with a finding's code */
    public int codeValue() {
        return (int) Long.parseLong(code.substring(2), 16);
    }
}
