package io.mailscope.diagnosis.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.mailscope.diagnosis.api.FindingReport;
import io.mailscope.diagnosis.api.RuleInfo;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.Protocol;
import io.mailscope.model.catalog.HResult;

/**
 * Reads and validates the contributions to {@code io.mailscope.diagnosis.rules}. Reads only plugin.xml attributes: no
 * contributed class is loaded. Each invalid contribution is logged with the contributing bundle's id and skipped; the
 * others are still read.
 */
public final class RuleRegistryReader {

    public static final String EXTENSION_POINT = "io.mailscope.diagnosis.rules"; //$NON-NLS-1$
    public static final String ELEM_JAVA_RULE = "javaRule"; //$NON-NLS-1$
    public static final String ELEM_DECLARATIVE_RULE = "declarativeRule"; //$NON-NLS-1$
    public static final String ATTR_ID = "id"; //$NON-NLS-1$
    public static final String ATTR_NAME = "name"; //$NON-NLS-1$
    public static final String ATTR_PROTOCOLS = "protocols"; //$NON-NLS-1$
    public static final String ATTR_PROTOCOL = "protocol"; //$NON-NLS-1$
    public static final String ATTR_CATEGORY = "category"; //$NON-NLS-1$
    public static final String ATTR_CLASS = "class"; //$NON-NLS-1$
    public static final String ATTR_COMMAND_PATTERN = "commandPattern"; //$NON-NLS-1$
    public static final String ATTR_REPLY_PATTERN = "replyPattern"; //$NON-NLS-1$
    public static final String ATTR_WITHIN_EXCHANGES = "withinExchanges"; //$NON-NLS-1$
    public static final String ATTR_CODE = "code"; //$NON-NLS-1$
    public static final String ATTR_CAUSE = "cause"; //$NON-NLS-1$
    public static final String ATTR_CONFIDENCE = "confidence"; //$NON-NLS-1$

    /** Confidence of a declarative rule that does not say. */
    public static final double DEFAULT_CONFIDENCE = 0.8;

    private final ILog log;

    public RuleRegistryReader(ILog log) {
        this.log = log;
    }

    /** An invalid contribution; the message names the attribute and what is wrong with it. */
    private static final class InvalidContribution extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidContribution(String message) {
            super(message);
        }
    }

    /** @return the valid rules, in registry order, with unique ids */
    public List<RuleDescriptor> read(IExtensionRegistry registry) {
        List<RuleDescriptor> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            try {
                RuleDescriptor rule = switch (element.getName()) {
                    case ELEM_JAVA_RULE -> readJavaRule(element, contributor);
                    case ELEM_DECLARATIVE_RULE -> readDeclarativeRule(element, contributor);
                    default -> throw new InvalidContribution("unknown element <" + element.getName() + ">"); //$NON-NLS-1$ //$NON-NLS-2$
                };
                if (!ids.add(rule.info().id())) {
                    throw new InvalidContribution("duplicate rule id '" + rule.info().id() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                rules.add(rule);
            } catch (InvalidContribution e) {
                log.log(new Status(IStatus.WARNING, contributor, invalid(element, contributor, e.getMessage())));
            }
        }
        return List.copyOf(rules);
    }

    private static String invalid(IConfigurationElement element, String contributor, String why) {
        return "Invalid contribution to " + EXTENSION_POINT + " from bundle " + contributor + " (<" + element.getName() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " id=\"" + element.getAttribute(ATTR_ID) + "\">): " + why + "; the rule is skipped"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static RuleDescriptor readJavaRule(IConfigurationElement element, String contributor) throws InvalidContribution {
        String id = required(element, ATTR_ID);
        String name = required(element, ATTR_NAME);
        required(element, ATTR_CLASS);
        Set<Protocol> protocols = protocols(element.getAttribute(ATTR_PROTOCOLS));
        CauseCategory category = category(required(element, ATTR_CATEGORY));
        return new RuleDescriptor.JavaRule(new RuleInfo(id, name, protocols, category, contributor, RuleInfo.Kind.JAVA), element);
    }

    private static RuleDescriptor readDeclarativeRule(IConfigurationElement element, String contributor) throws InvalidContribution {
        String id = required(element, ATTR_ID);
        String name = required(element, ATTR_NAME);
        Protocol protocol = protocol(required(element, ATTR_PROTOCOL));
        String commandRegex = element.getAttribute(ATTR_COMMAND_PATTERN);
        Pattern command = commandRegex == null || commandRegex.isBlank() ? null : pattern(ATTR_COMMAND_PATTERN, commandRegex);
        Pattern reply = pattern(ATTR_REPLY_PATTERN, required(element, ATTR_REPLY_PATTERN));
        int within = 0;
        String withinText = element.getAttribute(ATTR_WITHIN_EXCHANGES);
        if (withinText != null && !withinText.isBlank()) {
            if (command == null) {
                throw new InvalidContribution(ATTR_WITHIN_EXCHANGES + " needs a " + ATTR_COMMAND_PATTERN); //$NON-NLS-1$
            }
            try {
                within = Integer.parseInt(withinText.strip());
            } catch (NumberFormatException e) {
                throw new InvalidContribution(ATTR_WITHIN_EXCHANGES + " '" + withinText + "' is not a whole number"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (within < 0 || within > 1000) {
                throw new InvalidContribution(ATTR_WITHIN_EXCHANGES + " must be 0..1000, not " + within); //$NON-NLS-1$
            }
        }
        String codeText = required(element, ATTR_CODE);
        HResult code = HResult.parse(codeText).orElseThrow(
                () -> new InvalidContribution(ATTR_CODE + " '" + codeText + "' is not an HRESULT such as 0x800CCC90")); //$NON-NLS-1$ //$NON-NLS-2$
        if (!code.isFailure()) {
            throw new InvalidContribution(ATTR_CODE + " " + code.hex() + " is not a failure code"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String cause = required(element, ATTR_CAUSE);
        double confidence = DEFAULT_CONFIDENCE;
        String confidenceText = element.getAttribute(ATTR_CONFIDENCE);
        if (confidenceText != null && !confidenceText.isBlank()) {
            try {
                confidence = Double.parseDouble(confidenceText.strip());
            } catch (NumberFormatException e) {
                throw new InvalidContribution(ATTR_CONFIDENCE + " '" + confidenceText + "' is not a number"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!(confidence > 0 && confidence <= 1)) {
                throw new InvalidContribution(ATTR_CONFIDENCE + " must be in (0, 1], not " + confidenceText); //$NON-NLS-1$
            }
        }
        String categoryText = element.getAttribute(ATTR_CATEGORY);
        CauseCategory category = categoryText == null || categoryText.isBlank() ? FindingReport.categoryOf(cause) : category(categoryText);
        RuleInfo info = new RuleInfo(id, name, EnumSet.of(protocol), category, contributor, RuleInfo.Kind.DECLARATIVE);
        return new RuleDescriptor.Declarative(info, protocol, command, reply, within, code.value(), cause, confidence);
    }

    private static String required(IConfigurationElement element, String attribute) throws InvalidContribution {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidContribution("missing attribute '" + attribute + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.strip();
    }

    private static Pattern pattern(String attribute, String regex) throws InvalidContribution {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidContribution(attribute + " is not a valid regular expression: " + e.getDescription()); //$NON-NLS-1$
        }
    }

    static Set<Protocol> protocols(String list) throws InvalidContribution {
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        if (list == null || list.isBlank() || list.strip().equals("*")) { //$NON-NLS-1$
            return protocols;
        }
        for (String p : list.split(",")) { //$NON-NLS-1$
            protocols.add(protocol(p.strip()));
        }
        return protocols;
    }

    private static Protocol protocol(String name) throws InvalidContribution {
        for (Protocol p : Protocol.VALUES) {
            if (p != Protocol.UNKNOWN && (p.getLiteral().equalsIgnoreCase(name) || p.getName().equalsIgnoreCase(name))) {
                return p;
            }
        }
        throw new InvalidContribution("unknown protocol '" + name + "' (use SMTP, POP3, IMAP, NNTP or HTTPMail)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static CauseCategory category(String literal) throws InvalidContribution {
        CauseCategory c = CauseCategory.get(literal.strip().toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new InvalidContribution("unknown category '" + literal + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return c;
    }
}
