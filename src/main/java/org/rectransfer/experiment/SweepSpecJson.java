package org.rectransfer.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;

/**
 * The one writer and the one reader of a sweep's stored description ({@code sweeps.spec_json}).
 * The description holds everything that changes a sweep's numbers and nothing that does not (the
 * parallelism, the executor): domains as {@code NAME=PATH}, configurations, seeds, the training
 * settings with seed 0, the data filter, how files are read, and the SHA-256 of every data file,
 * so that a file edited in place is another study. The sweep's default id is a hash of it
 * ({@link #id}), which is how the same command resumes the same sweep. Its bytes must not change
 * between versions, or every stored sweep would get a new id: {@code SweepSpecJsonTest} holds them.
 */
public final class SweepSpecJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SweepSpecJson() { }

    /**
     * @param spec the sweep (its data files are read to hash them)
     * @return the description as compact JSON, keys in a fixed order
     * @throws org.rectransfer.data.BadInputException when a data file cannot be read
     */
    public static String write(SweepSpec spec) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sources", spec.sources().stream().map(SweepSpecJson::entry).toList());
        out.put("targets", spec.targets().stream().map(SweepSpecJson::entry).toList());
        out.put("configs", spec.configs());
        out.put("seeds", spec.seeds());
        out.put("sourceSeeds", spec.sourceSeeds());
        out.put("settings", spec.settings().withSeed(0));
        out.put("tuneLr", spec.tuneLr());
        out.put("filter", spec.filter());
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("format", spec.read().format().cliName());
        read.put("minRating", String.valueOf(spec.read().minRating()));
        out.put("read", read);
        // Only when a share of the targets' users is trained on: a sweep of whole targets keeps the bytes (and id) it always had.
        if (!spec.targetFractions().equals(SweepSpec.WHOLE_TARGETS)) out.put("targetFractions", spec.targetFractions());
        Map<String, Object> data = new LinkedHashMap<>();
        for (DomainSource domain : Stream.concat(spec.sources().stream(), spec.targets().stream()).toList()) {
            data.put(entry(domain), DomainPreparation.sha256(domain.path()));
        }
        out.put("data", data);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the sweep's description: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a stored description back. Settings a description written by an older version lacks
     * are those of {@link TrainingSettings#PAPER} (split seed 0); its seeds are the sweep's seeds.
     *
     * @param json a description written by {@link #write}
     * @return the sweep it describes
     * @throws IllegalArgumentException when the text is not a sweep description
     */
    public static SweepSpec read(String json) {
        try {
            JsonNode spec = JSON.readTree(json);
            JsonNode filter = spec.path("filter");
            JsonNode read = spec.path("read");
            TrainingSettings settings = settings(spec.path("settings"));
            return new SweepSpec(domains(spec.path("sources")), domains(spec.path("targets")), texts(spec.path("configs")),
                    seeds(spec.path("seeds")), spec.path("sourceSeeds").asInt(0), settings,
                    spec.path("tuneLr").asDouble(settings.lr()),
                    new FilterSpec(filter.path("minUser").asInt(), filter.path("minItem").asInt(), filter.path("kcore").asBoolean()),
                    new ReadOptions(DataFormat.parse(read.path("format").asText("auto")),
                            Double.parseDouble(read.path("minRating").asText("NaN")), false),
                    fractions(spec.path("targetFractions")));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a sweep description: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the default id of the sweep a description describes: {@code sw-} and 8 hex digits of its SHA-256 */
    public static String id(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return "sw-" + HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String entry(DomainSource domain) {
        return domain.name() + "=" + domain.path();
    }

    private static TrainingSettings settings(JsonNode stored) throws JsonProcessingException {
        // Fields added since the description was written take the values that meant what the old
        // version did: the paper's, except the split seed, which before its option came from the seed.
        com.fasterxml.jackson.databind.node.ObjectNode merged = JSON.valueToTree(TrainingSettings.PAPER);
        merged.put("splitSeed", 0L);
        stored.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        return JSON.treeToValue(merged, TrainingSettings.class);
    }

    private static List<DomainSource> domains(JsonNode entries) {
        List<DomainSource> domains = new ArrayList<>();
        entries.forEach(node -> domains.add(DomainSource.parse(node.asText())));
        return domains;
    }

    private static List<String> texts(JsonNode entries) {
        List<String> texts = new ArrayList<>();
        entries.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<Double> fractions(JsonNode entries) {
        if (entries.isMissingNode() || entries.isEmpty()) return SweepSpec.WHOLE_TARGETS;
        List<Double> fractions = new ArrayList<>();
        entries.forEach(node -> fractions.add(node.asDouble()));
        return fractions;
    }

    private static List<Long> seeds(JsonNode entries) {
        List<Long> seeds = new ArrayList<>();
        entries.forEach(node -> seeds.add(node.asLong()));
        return seeds;
    }
}
