package io.mailscope.trace.internal.formats;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.mailscope.trace.TraceFormatInfo;
import io.mailscope.trace.internal.TraceImporter;
import io.mailscope.trace.spi.TraceFormat;

/**
 * The formats this bundle contributes, for use without the extension registry (plain unit tests, the benchmark
 * tool). In the running product the same classes are found through plugin.xml; keep both lists in step (a test
 * compares them).
 */
public final class BuiltInFormats {

    public static final String BUNDLE = "io.mailscope.trace"; //$NON-NLS-1$

    private BuiltInFormats() {
    }

    private record Handle(TraceFormatInfo info, TraceFormat instance) implements TraceImporter.FormatHandle {
        @Override
        public Optional<TraceFormat> format() {
            return Optional.of(instance);
        }
    }

    private static Handle handle(String id, String name, Supplier<TraceFormat> format) {
        return new Handle(new TraceFormatInfo(BUNDLE + "." + id, name, "", BUNDLE), format.get()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return one handle per built-in format, in plugin.xml order */
    public static List<TraceImporter.FormatHandle> all() {
        return List.of(
                handle("outlook.legacy", "Outlook troubleshooting log (Outlook 2000-2002)", OutlookLegacyFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("outlook", "Outlook troubleshooting log (Outlook 2003 and later)", OutlookFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("outlookexpress", "Outlook Express / Windows Live Mail log", OutlookExpressFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("thunderbird", "Thunderbird MOZ_LOG", ThunderbirdFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("javamail", "JavaMail / Jakarta Mail debug output", JavaMailFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("swaks", "swaks transcript", SwaksFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("curl", "curl -v transcript", CurlFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("phpmailer", "PHPMailer SMTPDebug output", PhpMailerFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("smtplib", "Python smtplib debug output", SmtplibFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("prefixed", "Prefixed protocol log (C:/S:, >>>/<<<, client:/server:, SEND/RECV, MailKit)", //$NON-NLS-1$ //$NON-NLS-2$
                        PrefixedFormat::new),
                handle("raw", "Raw session transcript (telnet, nc, openssl s_client)", RawSessionFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("quoted", "Trace quoted in an e-mail thread", QuotedTextFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("tolerant", "Protocol lines in another program's log", TolerantProtocolFormat::new), //$NON-NLS-1$ //$NON-NLS-2$
                handle("errortext", "Error dialog or exception text", ErrorTextFormat::new)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
