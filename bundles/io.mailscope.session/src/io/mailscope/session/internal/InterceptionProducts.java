package io.mailscope.session.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.mailscope.session.CertificateInfo;

/**
 * Products known to intercept TLS by issuing their own certificate for the server (anti-virus mail scanning,
 * firewalls, cloud proxies), read from the data file {@code data/tls-interception-products.txt} so the list grows
 * without code changes.
 */
public final class InterceptionProducts {

    /** Where the list is, inside the bundle. */
    public static final String RESOURCE = "/data/tls-interception-products.txt"; //$NON-NLS-1$

    /** One product: its name, what kind of product, and the pattern its certificates match. */
    public record Product(String name, String kind, Pattern pattern) {
    }

    private static volatile List<Product> builtIn;

    private final List<Product> products;

    public InterceptionProducts(List<Product> products) {
        this.products = List.copyOf(products);
    }

    /** @return the list shipped with the bundle */
    public static InterceptionProducts builtIn() {
        List<Product> list = builtIn;
        if (list == null) {
            try (InputStream in = InterceptionProducts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the bundle"); //$NON-NLS-1$
                }
                list = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " cannot be read", e); //$NON-NLS-1$
            }
            builtIn = list;
        }
        return new InterceptionProducts(list);
    }

    /** Reads {@code name TAB kind TAB regex} lines; {@code #} starts a comment line. */
    public static List<Product> parse(InputStream in) throws IOException {
        List<Product> list = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] parts = line.split("\t"); //$NON-NLS-1$
            if (parts.length != 3) {
                throw new IOException(RESOURCE + " line " + number + ": expected name, kind and pattern separated by tabs"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            try {
                list.add(new Product(parts[0].strip(), parts[1].strip(), Pattern.compile(parts[2].strip(), Pattern.CASE_INSENSITIVE)));
            } catch (PatternSyntaxException e) {
                throw new IOException(RESOURCE + " line " + number + ": bad pattern: " + e.getDescription(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return list;
    }

    public List<Product> products() {
        return products;
    }

    /** @return the first product whose pattern matches the subject or issuer of any certificate in the chain */
    public Optional<Product> match(List<CertificateInfo> chain) {
        for (CertificateInfo c : chain) {
            for (Product p : products) {
                if (p.pattern().matcher(c.issuer()).find() || p.pattern().matcher(c.subject()).find()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
