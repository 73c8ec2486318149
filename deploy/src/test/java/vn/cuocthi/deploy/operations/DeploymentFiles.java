package vn.cuocthi.deploy.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's deployment files as the tests read them (the tests run in deploy/). */
final class DeploymentFiles {

    static final Path DEPLOY = Path.of("").toAbsolutePath();
    static final Path REPOSITORY = DEPLOY.getParent();

    /** Variables a production node must have, or it refuses to start (README, CUOCTHI_PROFILE). */
    static final Set<String> PRODUCTION_REQUIRED = Set.of("CUOCTHI_PROFILE", "SPRING_DATASOURCE_URL",
            "CUOCTHI_KEYCLOAK_URL", "CUOCTHI_BASE_DOMAIN");

    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private DeploymentFiles() {
    }

    /** Every variable named in the first column of README's configuration table: what the application reads. */
    static Set<String> configurationVariables() {
        Set<String> names = new TreeSet<>();
        boolean inSection = false;
        for (String line : read(REPOSITORY.resolve("README.md")).lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Configuration");
            } else if (inSection && line.startsWith("| `")) {
                Matcher names0 = VARIABLE.matcher(line.split("\\|")[1]);
                while (names0.find()) {
                    names.add(names0.group(1));
                }
            }
        }
        return names;
    }

    /** All YAML documents of a text (a rendered kustomization, a compose file), as maps. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
