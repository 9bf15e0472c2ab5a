package io.mailscope.session.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mailscope.diagnosis.api.DiagnosisService;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.session.AccountTest;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.CertificateTrustPrompt;
import io.mailscope.session.MailEndpoint;
import io.mailscope.session.RawSession;
import io.mailscope.session.SessionException;
import io.mailscope.session.SessionLimits;
import io.mailscope.session.SessionService;
import io.mailscope.session.TranscriptListener;

/** The session service (DS): every session is diagnosed by the diagnosis service's rules while it runs. */
@Component(service = SessionService.class)
public final class SessionServiceComponent implements SessionService {

    @Reference
    private DiagnosisService diagnosis;
    @Reference
    private CatalogService catalog;

    public SessionServiceComponent() {
        // DS
    }

    /** For tests and tools outside DS. */
    public SessionServiceComponent(DiagnosisService diagnosis, CatalogService catalog) {
        this.diagnosis = diagnosis;
        this.catalog = catalog;
    }

    @Override
    public AccountTest accountTest(AccountTestOptions options, TranscriptListener listener) {
        return accountTest(options, null, listener);
    }

    @Override
    public AccountTest accountTest(AccountTestOptions options, CertificateTrustPrompt trustPrompt, TranscriptListener listener) {
        return new AccountTestRunner(options, recorder(options.endpoint(), listener), InterceptionProducts.of(catalog), trustPrompt);
    }

    @Override
    public RawSession openRaw(MailEndpoint endpoint, SessionLimits limits, Set<String> trustedFingerprints, TranscriptListener listener)
            throws SessionException {
        RawSession session = rawSession(endpoint, limits, trustedFingerprints, null, listener);
        session.open();
        return session;
    }

    @Override
    public RawSession rawSession(MailEndpoint endpoint, SessionLimits limits, Set<String> trustedFingerprints, CertificateTrustPrompt trustPrompt,
            TranscriptListener listener) {
        Set<String> trusted = trustedFingerprints.stream().map(AccountTestOptions::normalizeFingerprint)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new RawSessionImpl(endpoint, limits, trusted, recorder(endpoint, listener), InterceptionProducts.of(catalog), trustPrompt);
    }

    private SessionRecorder recorder(MailEndpoint endpoint, TranscriptListener listener) {
        return new SessionRecorder(endpoint, new SessionMasking(), listener, diagnosis.start(),
                value -> catalog.byValue(value).orElse(null));
    }
}
