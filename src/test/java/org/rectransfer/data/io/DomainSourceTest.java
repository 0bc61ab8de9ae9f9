package org.rectransfer.data.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DomainSourceTest {
    @ParameterizedTest
    @CsvSource({
        "Office-2014.tsv.gz, Office",
        "data/amazon/Books.json.gz, Books",
        "ratings.dat, ratings",
        "u.data, u",
        "Video_Games_5.json, Video_Games_5",
        "noextension, noextension",
        ".hidden.tsv, .hidden",
    })
    void aPathNamesItsDomainUpToTheFirstDotOrDash(String argument, String name) {
        DomainSource source = DomainSource.parse(argument);

        assertThat(source.name()).isEqualTo(name);
        assertThat(source.path()).isEqualTo(Path.of(argument));
    }

    @Test
    void nameEqualsPathNamesTheDomainExplicitly() {
        DomainSource source = DomainSource.parse("Kitchen=data/Home-2014.tsv.gz");

        assertThat(source).isEqualTo(new DomainSource("Kitchen", Path.of("data/Home-2014.tsv.gz")));
    }
}
