package io.mailscope.model.internal.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mailscope.model.Catalog;
import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.ProtocolReply;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.catalog.CatalogProblem;
import io.mailscope.model.catalog.HResult;

/**
 * Merges contributed catalogs into the base catalog. New codes are added; causes contributed for an existing code
 * are added to it; a code whose symbol disagrees with the catalogued one, a cause whose id is taken, and
 * incomplete elements are reported and left out, so one bad contribution never damages what is already there.
 * <p>
 * Reply knowledge entries are checked ({@link ReplyKnowledgeCheck}: a cause the merged catalog has, phrases, a pattern
 * that compiles, a code of the right form, an id not used yet). Contributed entries go before the shipped ones, in the
 * order they are merged: a team's knowledge of its own servers is more specific than the general one.
 */
public final class CatalogMerger {

    private final Catalog target;
    private final Map<Integer, ErrorCode> byValue = new HashMap<>();
    private final Set<String> causeIds = new HashSet<>();
    private final Set<String> knowledgeIds = new HashSet<>();
    private final List<CatalogProblem> problems = new ArrayList<>();
    /** where the next accepted knowledge entry goes; -1 appends */
    private int knowledgeAt;

    /** A merger for contributions: their reply knowledge goes before what the target has. */
    public CatalogMerger(Catalog target) {
        this(target, 0);
    }

    private CatalogMerger(Catalog target, int knowledgeAt) {
        this.target = target;
        this.knowledgeAt = knowledgeAt;
        for (ErrorCode code : target.getCodes()) {
            byValue.put(code.getValue(), code);
            code.getCauses().forEach(c -> causeIds.add(c.getId()));
        }
        target.getKnowledge().forEach(k -> knowledgeIds.add(k.getId()));
    }

    /** @return a merger for the shipped data files: their reply knowledge is appended in file order */
    public static CatalogMerger appending(Catalog target) {
        return new CatalogMerger(target, -1);
    }

    public List<CatalogProblem> problems() {
        return List.copyOf(problems);
    }

    /** Merges one contributed catalog; its objects are moved into the target. */
    public void merge(Catalog contribution, String contributor, String file) {
        Map<ErrorCode, ErrorCode> mergedInto = new HashMap<>();
        for (ErrorCode code : List.copyOf(contribution.getCodes())) {
            String where = file + " code " + describe(code); //$NON-NLS-1$
            if (code.getValue() == 0) {
                problems.add(new CatalogProblem(contributor, where, "has no HRESULT value; code skipped")); //$NON-NLS-1$
                continue;
            }
            ErrorCode existing = byValue.get(code.getValue());
            if (existing == null) {
                List<Cause> accepted = acceptCauses(code, contributor, where);
                code.getCauses().retainAll(accepted);
                target.getCodes().add(code);
                byValue.put(code.getValue(), code);
                mergedInto.put(code, code);
            } else if (code.getSymbol() != null && existing.getSymbol() != null && !code.getSymbol().equals(existing.getSymbol())) {
                problems.add(new CatalogProblem(contributor, where, "conflicts with the catalogued symbol " //$NON-NLS-1$
                        + existing.getSymbol() + " for " + new HResult(existing.getValue()).hex() + "; code skipped")); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                List<Cause> accepted = acceptCauses(code, contributor, where);
                existing.getCauses().addAll(accepted);
                mergedInto.put(code, existing);
            }
        }
        for (ProtocolReply reply : List.copyOf(contribution.getReplies())) {
            if (reply.getReply() == null || reply.getReply().isBlank()) {
                problems.add(new CatalogProblem(contributor, file + " reply", "has no reply text; reply skipped")); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            List<ErrorCode> codes = new ArrayList<>();
            for (ErrorCode code : reply.getErrorCodes()) {
                ErrorCode merged = mergedInto.get(code);
                if (merged != null) {
                    codes.add(merged);
                }
            }
            reply.getErrorCodes().clear();
            target.getReplies().add(reply);
            reply.getErrorCodes().addAll(codes);
        }
        for (ReplyKnowledge entry : List.copyOf(contribution.getKnowledge())) {
            String where = file + " knowledge " + (entry.getId() == null ? "#" + contribution.getKnowledge().indexOf(entry) : entry.getId()); //$NON-NLS-1$ //$NON-NLS-2$
            var problem = ReplyKnowledgeCheck.problem(entry, causeIds)
                    .or(() -> knowledgeIds.contains(entry.getId()) ? java.util.Optional.of("id " + entry.getId() + " is already used") //$NON-NLS-1$ //$NON-NLS-2$
                            : java.util.Optional.empty());
            if (problem.isPresent()) {
                problems.add(new CatalogProblem(contributor, where, problem.get() + "; entry skipped")); //$NON-NLS-1$
                continue;
            }
            knowledgeIds.add(entry.getId());
            if (knowledgeAt < 0) {
                target.getKnowledge().add(entry);
            } else {
                target.getKnowledge().add(knowledgeAt++, entry);
            }
        }
    }

    private List<Cause> acceptCauses(ErrorCode code, String contributor, String where) {
        List<Cause> accepted = new ArrayList<>();
        for (Cause cause : code.getCauses()) {
            if (cause.getId() == null || cause.getId().isBlank()) {
                problems.add(new CatalogProblem(contributor, where, "a cause has no id; cause skipped")); //$NON-NLS-1$
            } else if (!causeIds.add(cause.getId())) {
                problems.add(new CatalogProblem(contributor, where, "cause id " + cause.getId() //$NON-NLS-1$
                        + " is already used; cause skipped")); //$NON-NLS-1$
            } else {
                accepted.add(cause);
            }
        }
        return accepted;
    }

    private static String describe(ErrorCode code) {
        return new HResult(code.getValue()).hex() + (code.getSymbol() == null ? "" : " " + code.getSymbol()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
