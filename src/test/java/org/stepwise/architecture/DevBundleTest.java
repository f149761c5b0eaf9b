package org.stepwise.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed Vaadin development bundle ({@code src/main/bundles/dev.bundle}) is what lets
 * {@code spring-boot:run} and {@code verify} work without Node. It must be built from the current
 * frontend files and npm packages; when it is not, Vaadin wants to rebuild it, which fails on a
 * machine without Node. Regenerate it as the README says ("Development notes").
 */
class DevBundleTest {

    private static final Path BUNDLE = Path.of("src/main/bundles/dev.bundle");
    private static final Path FRONTEND = Path.of("src/main/frontend");
    private static final String REGENERATE = " — regenerate the dev bundle (README, Development notes)";

    @Test
    void the_bundle_was_built_from_the_current_frontend_files() throws IOException {
        JsonNode hashes = stats().path("frontendHashes");
        Map<String, String> stale = new TreeMap<>();
        for (Path file : frontendSources()) {
            String name = FRONTEND.relativize(file).toString().replace('\\', '/');
            String inBundle = hashes.path(name).asString("missing from the bundle");
            if (!inBundle.equals(sha256(Files.readAllBytes(file)))) {
                stale.put(name, inBundle.equals("missing from the bundle") ? inBundle : "changed since the bundle was built");
            }
        }
        assertThat(stale).as("frontend files the dev bundle does not match" + REGENERATE).isEmpty();
    }

    @Test
    void the_bundle_has_every_npm_package_the_code_asks_for_in_its_version() throws IOException {
        JsonNode dependencies = stats().path("packageJsonDependencies");
        List<String> wrong = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.stepwise")) {
            for (NpmPackage npm : type.reflect().getDeclaredAnnotationsByType(NpmPackage.class)) {
                String bundled = dependencies.path(npm.value()).asString("none");
                if (!bundled.equals(npm.version())) {
                    wrong.add(type.getSimpleName() + " asks for " + npm.value() + " " + npm.version() + ", the bundle has " + bundled);
                }
            }
        }
        assertThat(wrong).as("npm packages" + REGENERATE).isEmpty();
    }

    @Test
    void the_bundle_names_no_package_registry() throws IOException {
        try (ZipFile zip = new ZipFile(BUNDLE.toFile())) {
            for (String name : List.of("package-lock.json", "config/stats.json", "vaadin.json")) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(text).as(name + " in the dev bundle must not record where packages were downloaded from (npm's "
                            + "omit-lockfile-registry-resolved=true)").doesNotContain("\"resolved\"").doesNotContainIgnoringCase("registry.");
                }
            }
        }
    }

    private static JsonNode stats() throws IOException {
        assertThat(BUNDLE).as("the committed dev bundle" + REGENERATE).exists();
        try (ZipFile zip = new ZipFile(BUNDLE.toFile()); InputStream in = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    /**
     * What Vaadin bundles from the frontend folder: its code, styles and page (not the generated
     * files, and not the block definitions, which reach the browser through Java).
     */
    private static List<Path> frontendSources() throws IOException {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !FRONTEND.relativize(f).startsWith("generated") && !FRONTEND.relativize(f).startsWith("blocks"))
                    .filter(f -> f.getFileName().toString().matches(".*\\.(js|mjs|ts|tsx|css|html)"))
                    .sorted()
                    .toList();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
