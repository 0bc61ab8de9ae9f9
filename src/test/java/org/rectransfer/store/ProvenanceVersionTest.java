package org.rectransfer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The versions a run records, and --version prints, are pom.xml's, not copies of them in the code. */
class ProvenanceVersionTest {
    private static String pom() throws IOException {
        return Files.readString(Path.of(System.getProperty("basedir", "."), "pom.xml"));
    }

    private static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1).strip();
    }

    @Test
    void theBuildsVersionsAreThePoms() throws IOException {
        String pom = pom();
        String version = first(pom, "<artifactId>rectransfer</artifactId>\\s*<version>([^<]+)</version>");
        String dl4j = first(pom, "<dl4j\\.version>([^<]+)</dl4j\\.version>");
        assertThat(BuildInfo.current()).isEqualTo(new BuildInfo(version, dl4j));
        assertThat(version).isNotBlank().doesNotContain("$");
    }

    @Test
    void aRunRecordsThem() {
        Map<String, Object> provenance = Provenance.of(List.of("train"));
        assertThat(provenance).containsEntry("rectransfer", BuildInfo.current().version())
                .containsEntry("dl4j", BuildInfo.current().dl4j());
    }
}
