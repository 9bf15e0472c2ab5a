package io.mailscope.testserver.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

import io.mailscope.testserver.MailProtocol;
import io.mailscope.testserver.ScenarioInfo;
import io.mailscope.testserver.internal.script.InvalidScriptException;
import io.mailscope.testserver.internal.script.ScenarioScript;
import io.mailscope.testserver.internal.script.ScriptNode;
import io.mailscope.testserver.internal.script.ScriptReader;

/**
 * Reads and validates the contributions to {@code io.mailscope.testserver.scenarios}. Scripts are read here (they are
 * data); Java classes are not loaded. Each invalid contribution is logged with the contributing bundle's id and
 * skipped; the others are still read.
 */
public final class ScenarioRegistryReader {

    public static final String EXTENSION_POINT = "io.mailscope.testserver.scenarios"; //$NON-NLS-1$
    public static final String ELEM_SCENARIO = "scenario"; //$NON-NLS-1$
    public static final String ELEM_JAVA_SCENARIO = "javaScenario"; //$NON-NLS-1$
    public static final String ATTR_ID = "id"; //$NON-NLS-1$
    public static final String ATTR_NAME = "name"; //$NON-NLS-1$
    public static final String ATTR_CAUSE = "cause"; //$NON-NLS-1$
    public static final String ATTR_TRANSCRIPT = "transcript"; //$NON-NLS-1$
    public static final String ATTR_TRANSCRIPT_SOURCE = "transcriptSource"; //$NON-NLS-1$
    public static final String ATTR_SCRIPT = "script"; //$NON-NLS-1$
    public static final String ATTR_CLASS = "class"; //$NON-NLS-1$
    public static final String ATTR_PROTOCOLS = "protocols"; //$NON-NLS-1$

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}"); //$NON-NLS-1$
    private static final Pattern CAUSE = Pattern.compile("0x[0-9A-Fa-f]{8}\\.[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*"); //$NON-NLS-1$

    private final ILog log;
    private final BiFunction<String, String, URL> bundleEntry;

    /** Reads bundle files through the running platform. */
    public ScenarioRegistryReader(ILog log) {
        this(log, ScenarioRegistryReader::platformEntry);
    }

    /** @param bundleEntry (contributor bundle, path) -> the file, or null when it does not exist */
    public ScenarioRegistryReader(ILog log, BiFunction<String, String, URL> bundleEntry) {
        this.log = log;
        this.bundleEntry = bundleEntry;
    }

    private static URL platformEntry(String contributor, String path) {
        Bundle bundle = Platform.getBundle(contributor);
        return bundle == null ? null : bundle.getEntry(path);
    }

    /** An invalid contribution; the message names the attribute and what is wrong. */
    private static final class InvalidContribution extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidContribution(String message) {
            super(message);
        }
    }

    /** @return the valid scenarios with unique ids, this bundle's built-in ones first, then in registry order */
    public List<ScenarioDescriptor> read(IExtensionRegistry registry) {
        List<ScenarioDescriptor> builtIn = new ArrayList<>();
        List<ScenarioDescriptor> contributed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String self = ScenarioRegistryReader.class.getPackageName().replace(".internal.registry", ""); //$NON-NLS-1$ //$NON-NLS-2$
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        // built-in scenarios first, so a contribution cannot take the id of a built-in one
        elements.sort(java.util.Comparator.comparing(e -> !e.getContributor().getName().equals(self)));
        for (IConfigurationElement element : elements) {
            String contributor = element.getContributor().getName();
            try {
                ScenarioDescriptor scenario = switch (element.getName()) {
                    case ELEM_SCENARIO -> readScript(element, contributor);
                    case ELEM_JAVA_SCENARIO -> readJava(element, contributor);
                    default -> throw new InvalidContribution("unknown element <" + element.getName() + ">"); //$NON-NLS-1$ //$NON-NLS-2$
                };
                if (!ids.add(scenario.info().id())) {
                    throw new InvalidContribution("duplicate scenario id '" + scenario.info().id() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                (contributor.equals(self) ? builtIn : contributed).add(scenario);
            } catch (InvalidContribution e) {
                log.log(new Status(IStatus.WARNING, contributor, "Invalid contribution to " + EXTENSION_POINT + " from bundle " //$NON-NLS-1$ //$NON-NLS-2$
                        + contributor + " (<" + element.getName() + " id=\"" + element.getAttribute(ATTR_ID) + "\">): " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + e.getMessage() + "; the scenario is skipped")); //$NON-NLS-1$
            }
        }
        List<ScenarioDescriptor> all = new ArrayList<>(builtIn);
        all.addAll(contributed);
        return List.copyOf(all);
    }

    private ScenarioDescriptor readScript(IConfigurationElement element, String contributor) throws InvalidContribution {
        Metadata m = metadata(element, contributor);
        String scriptPath = element.getAttribute(ATTR_SCRIPT);
        ScenarioScript script;
        try {
            if (scriptPath != null && !scriptPath.isBlank()) {
                for (IConfigurationElement child : element.getChildren()) {
                    if (!child.getName().equals(ScriptReader.ELEM_DESCRIPTION)) {
                        throw new InvalidContribution("give the script either in the file '" + scriptPath + "' or inline, not both"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                URL url = file(contributor, ATTR_SCRIPT, scriptPath);
                try (InputStream in = url.openStream()) {
                    script = ScriptReader.read(in, contributor + "/" + scriptPath.strip()); //$NON-NLS-1$
                }
            } else {
                script = ScriptReader.read(ScriptNode.of(element, contributor + "/plugin.xml scenario '" + m.id + "'")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (InvalidScriptException e) {
            throw new InvalidContribution(e.getMessage());
        } catch (IOException e) {
            throw new InvalidContribution("script '" + scriptPath + "' cannot be read: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Set<MailProtocol> protocols = m.protocols == null ? script.changedProtocols() : m.protocols;
        if (protocols.isEmpty() && !m.cause.isEmpty()) {
            throw new InvalidContribution("the scenario names cause " + m.cause + " but its script changes no protocol"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ScenarioDescriptor.Scripted(m.info(protocols, ScenarioInfo.Kind.SCRIPT), script);
    }

    private ScenarioDescriptor readJava(IConfigurationElement element, String contributor) throws InvalidContribution {
        Metadata m = metadata(element, contributor);
        required(element, ATTR_CLASS);
        if (m.protocols == null) {
            throw new InvalidContribution("missing attribute '" + ATTR_PROTOCOLS + "' (the protocols the fault shows on)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ScenarioDescriptor.Java(m.info(m.protocols, ScenarioInfo.Kind.JAVA),
                new JavaScenarioFactory(element, ATTR_CLASS, contributor));
    }

    private record Metadata(String id, String name, String description, String cause, Set<MailProtocol> protocols,
            String contributor, String transcript, String transcriptSource) {
        ScenarioInfo info(Set<MailProtocol> faultProtocols, ScenarioInfo.Kind kind) {
            return new ScenarioInfo(id, name, description, cause, faultProtocols, contributor, transcript, transcriptSource, kind);
        }
    }

    private Metadata metadata(IConfigurationElement element, String contributor) throws InvalidContribution {
        String id = required(element, ATTR_ID);
        if (!ID.matcher(id).matches()) {
            throw new InvalidContribution("id '" + id + "' must be lower case letters, digits, '.' and '-' (it is typed on the command line)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String name = required(element, ATTR_NAME);
        String cause = element.getAttribute(ATTR_CAUSE);
        cause = cause == null ? "" : cause.strip(); //$NON-NLS-1$
        if (!cause.isEmpty() && !CAUSE.matcher(cause).matches()) {
            throw new InvalidContribution("cause '" + cause + "' is not a catalog cause id such as 0x800CCC0F.connection-dropped-after-greeting"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String transcript = required(element, ATTR_TRANSCRIPT);
        file(contributor, ATTR_TRANSCRIPT, transcript);
        String source = required(element, ATTR_TRANSCRIPT_SOURCE);
        String description = ""; //$NON-NLS-1$
        for (IConfigurationElement child : element.getChildren(ScriptReader.ELEM_DESCRIPTION)) {
            description = child.getValue() == null ? "" : child.getValue().strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Set<MailProtocol> protocols = null;
        String list = element.getAttribute(ATTR_PROTOCOLS);
        if (list != null && !list.isBlank()) {
            protocols = EnumSet.noneOf(MailProtocol.class);
            for (String p : list.split(",")) { //$NON-NLS-1$
                MailProtocol protocol = MailProtocol.of(p);
                if (protocol == null) {
                    throw new InvalidContribution("unknown protocol '" + p.strip() + "' in " + ATTR_PROTOCOLS + " (use pop3, imap, smtp)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                protocols.add(protocol);
            }
        }
        return new Metadata(id, name, description, cause, protocols, contributor, transcript, source);
    }

    private URL file(String contributor, String attribute, String path) throws InvalidContribution {
        URL url = bundleEntry.apply(contributor, path.strip());
        if (url == null) {
            throw new InvalidContribution(attribute + " '" + path + "' is not a file in bundle " + contributor); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return url;
    }

    private static String required(IConfigurationElement element, String attribute) throws InvalidContribution {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidContribution("missing attribute '" + attribute + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.strip();
    }
}
