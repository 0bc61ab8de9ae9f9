package org.rectransfer.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The versions this program was built with, as pom.xml states them: Maven writes them into the
 * resource {@code org/rectransfer/build.properties} when it copies the resources (the only
 * filtered one). Classes copied by something else than Maven (an IDE) hold the placeholders,
 * read here as "development" and "unknown".
 *
 * @param version this program's version ({@code project.version})
 * @param dl4j    the DeepLearning4J version it is built against ({@code dl4j.version})
 */
public record BuildInfo(String version, String dl4j) {
    private static final String RESOURCE = "/org/rectransfer/build.properties";
    private static final BuildInfo CURRENT = read();

    /** @return the versions of the running program */
    public static BuildInfo current() {
        return CURRENT;
    }

    private static BuildInfo read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // unreadable: the fallbacks below say so
        }
        return new BuildInfo(value(properties, "version", "development"), value(properties, "dl4j", "unknown"));
    }

    private static String value(Properties properties, String key, String fallback) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() || value.contains("${") ? fallback : value.strip();
    }
}
