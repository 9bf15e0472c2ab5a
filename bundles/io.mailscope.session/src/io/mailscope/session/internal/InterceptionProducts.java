package io.mailscope.session.internal;

import java.util.List;
import java.util.Optional;

import io.mailscope.model.ReplyText;
import io.mailscope.model.catalog.CatalogService;
import io.mailscope.model.catalog.ReplyLookup;
import io.mailscope.session.CertificateInfo;

/**
 * Products known to intercept TLS by issuing their own certificate for the server (anti-virus mail scanning,
 * firewalls, cloud proxies): the catalog's certificate-issuer knowledge, the same entries the diagnosis reads in error
 * texts, so teams add products through {@code catalogContributions} and the list lives in one place.
 */
public final class InterceptionProducts {

    /** One product: its name and what kind of product it is. */
    public record Product(String name, String kind) {
    }

    private final ReplyLookup knowledge;

    public InterceptionProducts(ReplyLookup knowledge) {
        this.knowledge = knowledge;
    }

    /** @return the products of the merged catalog (shipped and contributed) */
    public static InterceptionProducts of(CatalogService catalog) {
        return new InterceptionProducts(catalog.replies());
    }

    public List<Product> products() {
        return knowledge.interceptionProducts().stream().map(InterceptionProducts::product).toList();
    }

    /** @return the first product named by the issuer or subject of a certificate of the chain, leaf first */
    public Optional<Product> match(List<CertificateInfo> chain) {
        for (CertificateInfo c : chain) {
            Optional<ReplyText> found = knowledge.interceptionProduct(c.issuer()).or(() -> knowledge.interceptionProduct(c.subject()));
            if (found.isPresent()) {
                return found.map(InterceptionProducts::product);
            }
        }
        return Optional.empty();
    }

    private static Product product(ReplyText entry) {
        return new Product(entry.getProduct(), entry.getProductKind() == null ? "TLS interception" : entry.getProductKind()); //$NON-NLS-1$
    }
}
