package io.mailscope.ui.internal.cases;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Creates the one {@link CaseNotes} of the workbench; windows and parts get the workbench's. */
public final class CaseNotesServiceFactory extends AbstractServiceFactory {

    @Override
    public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator, IServiceLocator locator) {
        if (serviceInterface != CaseNotes.class) {
            return null;
        }
        Object parent = parentLocator == null ? null : parentLocator.getService(CaseNotes.class);
        return parent != null ? parent : new CaseNotes();
    }
}
