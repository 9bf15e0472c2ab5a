package io.mailscope.diagnosis.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mailscope.diagnosis.tests.shared.Diagnoses;
import io.mailscope.model.Cause;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.HResult;

/** Every cause id a built-in rule reports is in the shipped catalog, under the code the id starts with. */
class CauseIdsInCatalogTest {

    @Test
    void everyCauseIdOfTheBuiltInRulesIsCatalogued() {
        CatalogService catalog = Diagnoses.service(CatalogService.class);
        List<String> missing = CauseIds.all().stream().filter(id -> catalog.cause(id).isEmpty()).toList();
        assertEquals(List.of(), missing, "cause ids the built-in rules report but the catalog lacks");
    }

    @Test
    void everyCataloguedCauseBelongsToTheCodeItsIdNames() {
        CatalogService catalog = Diagnoses.service(CatalogService.class);
        List<String> wrong = CauseIds.all().stream().filter(id -> catalog.cause(id).isPresent()).filter(id -> {
            Cause cause = catalog.cause(id).orElseThrow();
            return cause.getErrorCode() == null || cause.getErrorCode().getValue() != CauseIds.code(id);
        }).map(id -> id + " is under " + (catalog.cause(id).orElseThrow().getErrorCode() == null ? "no code"
                : new HResult(catalog.cause(id).orElseThrow().getErrorCode().getValue()).hex())).toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyIdIsListedOnce() {
        assertEquals(CauseIds.all().size(), CauseIds.all().stream().distinct().count());
    }
}
