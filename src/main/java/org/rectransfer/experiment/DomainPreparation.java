package org.rectransfer.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.LoadedDomain;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.data.io.ReadReport;
import org.rectransfer.data.split.EvalCandidates;
import org.rectransfer.data.split.LeaveOneOut;
import org.rectransfer.data.split.Split;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads, filters and splits a domain; the split and the candidates depend only on the split seed. */
public final class DomainPreparation {
    private static final Logger LOG = LoggerFactory.getLogger(DomainPreparation.class);
    /** What was already said about a read: a sweep prepares a domain once per seed. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private DomainPreparation() { }

    /** @return the domain ready for a run with {@code settings} */
    public static PreparedDomain prepare(DomainSource source, ReadOptions read, FilterSpec filter, TrainingSettings settings) {
        LoadedDomain loaded = DomainLoader.load(source, read);
        warnAboutRead(source.path(), loaded.report());
        Dataset data = Filters.apply(loaded.dataset(), filter);
        if (data.users() == 0) {
            throw new BadInputException(source.path(), 0, "no user is left after the filter (min " + filter.minUser()
                    + " interactions per user); try a lower --min-user");
        }
        checkCandidates(source, data, settings.evalNegatives());
        Split split = LeaveOneOut.split(data, settings.holdOut(), settings.effectiveSplitSeed());
        EvalCandidates candidates = EvalCandidates.sample(split, settings.evalNegatives(), settings.effectiveSplitSeed());
        return new PreparedDomain(data, split, candidates, sha256(source.path()), loaded.report(), filter, read);
    }

    /**
     * Says what reading a file skipped or found suspicious: {@code data stats} prints it on
     * stderr, but the commands and the workbench that train on the file have only this log.
     */
    private static void warnAboutRead(Path file, ReadReport report) {
        if (report.badLines() > 0 && WARNED.add(file + "\nbad " + report.badLines())) {
            LOG.warn("{}: skipped {} malformed line(s); first: {}", file, report.badLines(), report.firstBadLine());
        }
        if (report.warning() != null && WARNED.add(file + "\n" + report.warning())) {
            LOG.warn("{}: {}", file, report.warning());
        }
    }

    /**
     * Refuses more sampled negatives than any user of the domain has unseen items: every user
     * would be ranked among fewer candidates than asked, so HR@k would not mean what the option
     * says (it used to be capped without a word). A user busier than the rest still gets all of
     * its unseen items, as in the paper's protocol on dense users.
     */
    static void checkCandidates(DomainSource source, Dataset data, int evalNegatives) {
        int leastActive = Integer.MAX_VALUE;
        for (int u = 0; u < data.users(); u++) leastActive = Math.min(leastActive, data.degree(u));
        int unseen = data.items() - leastActive;
        if (evalNegatives > unseen) {
            throw new BadInputException(source.path(), 0, "--eval-negatives " + evalNegatives + " is more than " + data.name()
                    + " can give any user: even its least active user has only " + unseen + " unseen items of " + data.items()
                    + " (use at most --eval-negatives " + unseen + ")");
        }
    }

    /** @return the hex SHA-256 of a file's bytes */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
