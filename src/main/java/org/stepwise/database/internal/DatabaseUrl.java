package org.stepwise.database.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL server address in the {@code DATABASE_URL} form used by hosting platforms,
 * {@code postgres://user:password@host:port/database?options}, turned into what JDBC needs.
 *
 * @param jdbcUrl  the JDBC URL, without credentials
 * @param username the user name, or empty when the URL names none
 * @param password the password, or empty when the URL names none
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    /**
     * Parses a {@code postgres://} or {@code postgresql://} URL.
     *
     * @throws IllegalArgumentException with a message that names what is wrong
     */
    public static DatabaseUrl parse(String databaseUrl) {
        URI uri;
        try {
            uri = new URI(databaseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + e.getReason()
                    + " (expected postgres://user:password@host:port/database)");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("postgres") || scheme.equals("postgresql"))) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgres:// or postgresql://, but starts with '"
                    + (scheme == null ? "" : scheme + "://") + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL names no host (expected postgres://user:password@host:port/database)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL names no database after the host (expected postgres://user:password@host:port/database)");
        }
        String user = "";
        String password = "";
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        }
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + host + ":" + port + "/" + database + query, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address without the password, fit for a log line. */
    @Override
    public String toString() {
        return jdbcUrl + (username.isEmpty() ? "" : " as " + username);
    }
}
