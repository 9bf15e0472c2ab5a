package io.mailscope.ui.internal.properties;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import io.mailscope.model.Finding;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.trace.rows.TraceRow;
import io.mailscope.ui.internal.Messages;

/** Properties of the selected row of a trace editor and of the selected finding of the Diagnosis view. */
public final class TracePropertiesAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        ReadOnlyProperties p = switch (adaptable) {
            case TraceRow row -> row(row);
            case Finding finding -> finding(finding);
            case RuleFailure failure -> new ReadOnlyProperties().put(Messages.Properties_Rule, Messages.Properties_RuleId, failure.getRuleId())
                    .put(Messages.Properties_Rule, Messages.Properties_Plugin, failure.getContributor())
                    .put(Messages.Properties_Rule, Messages.Properties_Message, failure.getMessage());
            default -> null;
        };
        return adapterType.cast(p);
    }

    private static ReadOnlyProperties row(TraceRow row) {
        String c = Messages.Properties_Row;
        String s = Messages.Properties_Source;
        return new ReadOnlyProperties().put(c, Messages.Properties_Kind, row.kind().name().toLowerCase(Locale.ROOT))
                .put(c, Messages.Properties_Text, row.text()).put(c, Messages.Properties_Direction, row.direction() == null ? "" : row.direction().getName().toLowerCase(Locale.ROOT)) //$NON-NLS-1$
               
                .put(c, Messages.Properties_Session, row.session() == 0 ? "" : row.session() + " (" + row.protocol().getLiteral() + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put(c, Messages.Properties_Exchange, row.exchange() < 0 ? "" : String.valueOf(row.exchange() + 1)) //$NON-NLS-1$
                .put(c, Messages.Properties_Time, row.time()).put(c, Messages.Properties_Masked, Boolean.valueOf(row.masked()))
                .put(s, Messages.Properties_Lines, row.lineRange()).put(s, Messages.Properties_Offset, row.offset() < 0 ? "" : Long.valueOf(row.offset())) //$NON-NLS-1$
                .put(s, Messages.Properties_Repaired, Boolean.valueOf(row.repaired()));
    }

    private static ReadOnlyProperties finding(Finding f) {
        String c = Messages.Properties_Finding;
        return new ReadOnlyProperties().put(c, Messages.Properties_Code, f.getErrorCode() == null ? "" : ErrorCodes.hex(f.getErrorCode())) //$NON-NLS-1$
                .put(c, Messages.Properties_Symbol, f.getErrorCode() == null ? "" : f.getErrorCode().getSymbol()) //$NON-NLS-1$
                .put(c, Messages.Properties_CauseId, f.getCause() == null ? "" : f.getCause().getId()) //$NON-NLS-1$
                .put(c, Messages.Properties_Category, f.getCategory().getLiteral())
                .put(c, Messages.Properties_Confidence, String.format(Locale.ROOT, "%.2f", Double.valueOf(f.getConfidence()))) //$NON-NLS-1$
                .put(c, Messages.Properties_Determined, Boolean.valueOf(f.isDetermined()))
                .put(c, Messages.Properties_RuleId, f.getRuleId()).put(c, Messages.Properties_Text, f.getSummary())
                .put(c, Messages.Properties_Lines, f.getEvidence().stream().map(e -> e.getLastLine() > e.getFirstLine()
                        ? e.getFirstLine() + "-" + e.getLastLine() : String.valueOf(e.getFirstLine())).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
