/**
 * The error-code catalog API: {@link io.mailscope.model.catalog.CatalogService} (an OSGi service) gives the merged
 * catalog and resolves whatever a user pastes ({@link io.mailscope.model.catalog.ErrorCodeLookup}) into a catalogued
 * code, a decoded but uncatalogued {@link io.mailscope.model.catalog.HResult}, or a clear rejection.
 * <p>
 * Plug-ins add codes and causes declaratively through the {@code io.mailscope.model.catalogContributions} extension
 * point; they do not implement anything in this package.
 */
package io.mailscope.model.catalog;
