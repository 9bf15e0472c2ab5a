package io.mailscope.ui.install.provisioning;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a loaded repository offers: its features, sorted by name, each with what the product already has of it.
 *
 * @param location the URI the repository was loaded from
 * @param name     the repository's own name, or its location when it has none
 * @param features every feature in it (latest version of each)
 */
public record RepositoryContents(URI location, String name, List<AvailableFeature> features) {

    public RepositoryContents {
        features = List.copyOf(features);
    }

    public List<AvailableFeature> installable() {
        return features.stream().filter(AvailableFeature::installable).toList();
    }

    /** The feature with this id ({@code x.feature} or its p2 group id {@code x.feature.feature.group}). */
    public Optional<AvailableFeature> find(String featureId) {
        String groupId = AvailableFeature.groupId(featureId);
        return features.stream().filter(f -> f.unit().getId().equals(groupId)).findFirst();
    }
}
