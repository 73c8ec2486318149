package vn.cuocthi.localinfra.keycloak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Puts the application's Keycloak login theme ("cuocthi", the keycloak-theme module's JAR on this classpath) in a
 * themes folder that the local Keycloak reads ({@code --spi-theme--folder--dir}). A production Keycloak loads the
 * same JAR from its providers folder instead (docs/identity.md). A folder rather than the providers folder of the
 * shared distribution: adding a provider there needs a {@code kc.sh build}, which every other checkout and test JVM
 * using that distribution would then have to repeat; a themes folder needs none and is copied afresh at each start.
 */
final class ThemeFolder {

    static final String THEME = "cuocthi";
    /** The theme's files, listed in the JAR, because a JAR nested in the application's boot jar cannot be walked. */
    private static final String INDEX = "META-INF/cuocthi-theme-files.txt";
    private static final String ROOT = "theme/" + THEME + "/";

    private ThemeFolder() {
    }

    /**
     * Copies the theme into {@code themes/cuocthi}, replacing what an earlier start left.
     *
     * @return whether the theme was on the classpath (without it Keycloak shows its own pages; realms that ask for the
     * theme then fall back to Keycloak's)
     */
    static boolean fill(Path themes) throws IOException {
        ClassLoader loader = ThemeFolder.class.getClassLoader();
        List<String> files;
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                return false;
            }
            files = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        Path theme = themes.resolve(THEME);
        FileTrees.delete(theme);
        for (String file : files) {
            Path target = theme.resolve(file).normalize();
            if (!target.startsWith(theme)) {
                throw new IllegalStateException("The theme index names a file outside the theme: " + file);
            }
            try (InputStream in = loader.getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("The theme index names " + file + " but the theme JAR has no " + ROOT + file);
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return true;
    }
}
