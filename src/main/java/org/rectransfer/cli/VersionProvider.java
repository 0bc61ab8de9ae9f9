package org.rectransfer.cli;

import org.rectransfer.store.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Reports the versions pom.xml built this program with (store.BuildInfo), and the Java it runs on. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        BuildInfo build = BuildInfo.current();
        return new String[] {"rectransfer " + build.version(),
                "DeepLearning4J " + build.dl4j() + ", Java " + System.getProperty("java.version")};
    }
}
