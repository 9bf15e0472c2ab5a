package io.mailscope.model.catalog;

/**
 * A catalog contribution (or a part of one) that was not merged.
 *
 * @param contributor the contributing bundle's symbolic name
 * @param location the contributed file, and the element in it where known
 * @param message what is wrong
 */
public record CatalogProblem(String contributor, String location, String message) {

    @Override
    public String toString() {
        return contributor + ": " + location + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
