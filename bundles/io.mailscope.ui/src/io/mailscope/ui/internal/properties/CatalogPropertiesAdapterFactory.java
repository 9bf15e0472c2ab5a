package io.mailscope.ui.internal.properties;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;

import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ErrorCodes;
import io.mailscope.ui.internal.views.ReplyKnowledgeDetails;
import io.mailscope.ui.internal.views.ReplyKnowledgeGroups;

/**
 * Properties of what the Error Code Catalog view selects: an Outlook code, or a "Server replies" entry (reply
 * knowledge) with the reply it recognises (code, or phrases and pattern), what it means, the cause it points to with
 * that cause's Outlook code, the fix to tell the customer, its confidence and where the knowledge comes from.
 */
public final class CatalogPropertiesAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        ReadOnlyProperties p = switch (adaptable) {
            case ReplyKnowledge k -> reply(k, PlatformUI.getWorkbench().getService(CatalogService.class));
            case ErrorCode code -> code(code);
            default -> null;
        };
        return adapterType.cast(p);
    }

    private static ReadOnlyProperties reply(ReplyKnowledge k, CatalogService catalog) {
        String r = PropertyMessages.Category_Reply;
        String m = PropertyMessages.Category_Meaning;
        String c = PropertyMessages.Category_Cause;
        ReadOnlyProperties p = new ReadOnlyProperties();
        switch (k) {
            case ReplyCode code -> p.put(r, PropertyMessages.Reply_Code, ReplyKnowledgeGroups.code(code))
                    .put(r, PropertyMessages.Reply_Kind, switch (code.getKind()) {
                        case ENHANCED_STATUS -> PropertyMessages.Kind_EnhancedStatus;
                        case BASIC_STATUS -> PropertyMessages.Kind_BasicStatus;
                        case RESPONSE_CODE -> PropertyMessages.Kind_ResponseCode;
                    })
                    .putIfPresent(r, PropertyMessages.Reply_Title, catalog == null ? code.getTitle() : ReplyKnowledgeGroups.title(catalog, code));
            case ReplyText text -> p.put(r, PropertyMessages.Reply_Phrases, String.join(" | ", text.getPhrases())) //$NON-NLS-1$
                    .putIfPresent(r, PropertyMessages.Reply_Pattern, text.getPattern())
                    .put(r, PropertyMessages.Reply_Kind, ReplyKnowledgeGroups.kindLabel(text))
                    .putIfPresent(r, PropertyMessages.Reply_Product, text.getProduct() == null ? null
                            : text.getProduct() + (text.getProductKind() == null ? "" : " (" + text.getProductKind() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> p.put(r, PropertyMessages.Reply_Code, k.getId());
        }
        p.putIfPresent(m, PropertyMessages.Meaning_Why, k.getWhy())
                .putIfPresent(m, PropertyMessages.Meaning_Fix, catalog == null ? k.getFix() : ReplyKnowledgeDetails.fix(catalog, k).orElse(null))
                .put(m, PropertyMessages.Meaning_Confidence, String.format(Locale.ROOT, "%.2f", Double.valueOf(k.getConfidence()))) //$NON-NLS-1$
                .putIfPresent(m, PropertyMessages.Meaning_Source, k.getSource())
                .put(m, PropertyMessages.Meaning_EntryId, k.getId());
        p.putIfPresent(c, PropertyMessages.Cause_Id, k.getCauseId());
        Cause cause = catalog == null ? null : ReplyKnowledgeDetails.cause(catalog, k).orElse(null);
        if (cause != null) {
            p.put(c, PropertyMessages.Cause_Title, cause.getTitle()).put(c, PropertyMessages.Cause_Category, cause.getCategory().getLiteral())
                    .put(c, PropertyMessages.Cause_OutlookCode, cause.getErrorCode() == null ? null
                            : ErrorCodes.hex(cause.getErrorCode()) + " " + orEmpty(cause.getErrorCode().getSymbol())); //$NON-NLS-1$
        } else if (k.getCauseId() != null && !k.getCauseId().isBlank()) {
            p.put(c, PropertyMessages.Cause_Title, PropertyMessages.Cause_NotInCatalog);
        }
        return p;
    }

    private static ReadOnlyProperties code(ErrorCode code) {
        String c = PropertyMessages.Category_Code;
        return new ReadOnlyProperties().put(c, PropertyMessages.Code_Hex, ErrorCodes.hex(code)).put(c, PropertyMessages.Code_Symbol, code.getSymbol())
                .put(c, PropertyMessages.Code_Decimal, Integer.valueOf(code.getValue()))
                .put(c, PropertyMessages.Code_Family, code.getFamily().getLiteral()).put(c, PropertyMessages.Code_Title, code.getTitle())
                .putIfPresent(c, PropertyMessages.Code_Meaning, code.getMeaning()).putIfPresent(c, PropertyMessages.Code_ClientMessage, code.getClientMessage())
                .put(c, PropertyMessages.Code_Causes, code.getCauses().stream().map(Cause::getId).collect(Collectors.joining(", "))) //$NON-NLS-1$
                .putIfPresent(c, PropertyMessages.Code_Source, code.getSource());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
