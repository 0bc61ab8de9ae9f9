package org.rectransfer.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.NcfParameters;

/**
 * A sweep task as shipped to a Spark executor: plain values only (paths as strings, since
 * {@link Path} is not serializable), plus the dense layers of a transfer's source model (what a
 * transfer takes from it: no embedding, nothing of the source's users or items). Nothing else
 * travels: no workspace, no database; the executor reads the data file at the path given and
 * sends back the run's result, which the driver records.
 *
 * @param kind       source, baseline or transfer
 * @param domainName the domain trained on
 * @param domainPath its file, which must be readable at the same path on every executor
 * @param sourceName the source domain of a transfer, else null
 * @param sourcePath its file, else null
 * @param config     the preset
 * @param seed       the task's seed
 * @param sourceSeed the seed of the source model
 * @param settings   the sweep's settings with the task's seed
 * @param filter     the sweep's filter
 * @param read       how the sweep reads files
 * @param tuneLr     learning rate of tuned layers
 * @param source     the dense layers of a transfer's source model ({@link NcfParameters#denseOnly()}), else null
 */
record RemoteTask(org.rectransfer.experiment.RunKind kind, String domainName, String domainPath, String sourceName, String sourcePath, String config,
                  long seed, long sourceSeed, TrainingSettings settings, FilterSpec filter, ReadOptions read, double tuneLr,
                  NcfParameters source) implements Serializable {

    static RemoteTask of(SweepTask task, TrainingSettings settings, FilterSpec filter, ReadOptions read, double tuneLr,
                         NcfParameters source) {
        return new RemoteTask(task.kind(), task.domain().name(), task.domain().path().toString(),
                task.source() == null ? null : task.source().name(), task.source() == null ? null : task.source().path().toString(),
                task.config(), task.seed(), task.sourceSeed(), settings, filter, read, tuneLr, source == null ? null : source.denseOnly());
    }

    /** @return the task again, on the executor */
    SweepTask task() {
        return new SweepTask(kind, new DomainSource(domainName, Path.of(domainPath)),
                sourceName == null ? null : new DomainSource(sourceName, Path.of(sourcePath)), config, seed, sourceSeed);
    }
}
