package io.mailscope.testserver.internal.script;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An element of a scenario script, whether it comes from plugin.xml ({@link IConfigurationElement}) or from a script
 * file referenced by it (DOM), so one reader handles both.
 */
public interface ScriptNode {

    String name();

    /** @return the attribute, or null when absent */
    String attribute(String name);

    List<ScriptNode> children();

    /** @return the element's text content, or null */
    String text();

    /** Where the element comes from, for error messages. */
    String origin();

    static ScriptNode of(IConfigurationElement element, String origin) {
        return new ScriptNode() {
            @Override
            public String name() {
                return element.getName();
            }

            @Override
            public String attribute(String name) {
                return element.getAttribute(name);
            }

            @Override
            public List<ScriptNode> children() {
                List<ScriptNode> children = new ArrayList<>();
                for (IConfigurationElement child : element.getChildren()) {
                    children.add(of(child, origin));
                }
                return children;
            }

            @Override
            public String text() {
                return element.getValue();
            }

            @Override
            public String origin() {
                return origin;
            }
        };
    }

    static ScriptNode of(Element element, String origin) {
        return new ScriptNode() {
            @Override
            public String name() {
                return element.getTagName();
            }

            @Override
            public String attribute(String name) {
                return element.hasAttribute(name) ? element.getAttribute(name) : null;
            }

            @Override
            public List<ScriptNode> children() {
                List<ScriptNode> children = new ArrayList<>();
                for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element child) {
                        children.add(of(child, origin));
                    }
                }
                return children;
            }

            @Override
            public String text() {
                return element.getTextContent();
            }

            @Override
            public String origin() {
                return origin;
            }
        };
    }
}
