package io.mailscope.session.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import io.mailscope.model.Finding;
import io.mailscope.session.AccountTestOptions;
import io.mailscope.session.AccountTestResult;
import io.mailscope.session.TranscriptEntry;
import io.mailscope.session.report.Probe;
import io.mailscope.session.report.ProbeReport;
import io.mailscope.session.report.ProbeRequest;

/**
 * Runs account tests the way the suite needs them: the result, its text report, its JSON and its trace serialized, all
 * added to {@link Produced} for the secrets test.
 */
public record ProbeRun(AccountTestResult result, String text, String json) {

    public static ProbeRun of(AccountTestOptions options) {
        AccountTestResult result = Services.sessions().accountTest(options, e -> {
            // entries are checked through the result
        }).run();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ProbeReport.writeText(result, writer(text));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ProbeReport.writeJson(result, writer(json));
        ProbeRun run = new ProbeRun(result, text.toString(StandardCharsets.UTF_8), json.toString(StandardCharsets.UTF_8));
        String name = options.endpoint().uri();
        Produced.add(name + " text", run.text);
        Produced.add(name + " json", run.json);
        Produced.add(name + " transcript", result.transcript().stream().map(TranscriptEntry::toString).collect(Collectors.joining("\n"))); //$NON-NLS-1$
        Produced.add(name + " trace", xmi(result));
        return run;
    }

    /** Runs the probe command's own code path (environment variable, report, exit code). */
    public static Command command(ProbeRequest request, Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Probe.run(Services.sessions(), request, environment::get, null, writer(out),
                writer(err));
        Command c = new Command(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        Produced.add("probe " + request.uri() + " stdout", c.out); //$NON-NLS-1$ //$NON-NLS-2$
        Produced.add("probe " + request.uri() + " stderr", c.err); //$NON-NLS-1$ //$NON-NLS-2$
        return c;
    }

    private static PrintWriter writer(ByteArrayOutputStream bytes) {
        return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    }

    /** What a probe command printed. */
    public record Command(int exit, String out, String err) {
    }

    private static String xmi(AccountTestResult result) {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/trace.xmi")); //$NON-NLS-1$
        resource.getContents().add(EcoreUtil.copy(result.trace()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, Map.of());
        } catch (IOException e) {
            throw new AssertionError("the session's trace cannot be serialized", e); //$NON-NLS-1$
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public List<String> categories() {
        return result.diagnosis().getFindings().stream().map(Finding::getCategory).map(c -> c.getLiteral()).toList();
    }

    /** @return everything about the run, for assertion messages */
    public String describe() {
        return text;
    }
}
