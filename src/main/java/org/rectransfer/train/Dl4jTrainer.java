package org.rectransfer.train;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rectransfer.model.NcfNetworkFactory;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TrainingPlan;

/**
 * The stock DL4J trainer: the {@link NcfNetworkFactory} graph fitted batch by batch with
 * DL4J's own Adam. It is the reference the fast engine is measured against (docs/performance.md §Stock DL4J).
 */
public final class Dl4jTrainer {
    private final ComputationGraph graph;
    private final INDArray users;
    private final INDArray items;
    private final INDArray labels;
    private final int batch;

    /**
     * @param spec  the network shape
     * @param plan  which layers train at which rate
     * @param seed  DL4J's initialisation seed
     * @param batch the (fixed) batch size
     */
    public Dl4jTrainer(NetworkSpec spec, TrainingPlan plan, long seed, int batch) {
        this.graph = NcfNetworkFactory.build(spec, plan, seed, DataType.FLOAT);
        this.batch = batch;
        this.users = Nd4j.create(DataType.FLOAT, batch, 1);
        this.items = Nd4j.create(DataType.FLOAT, batch, 1);
        this.labels = Nd4j.create(DataType.FLOAT, batch, 1);
    }

    /** One DL4J training step on a full batch; @return DL4J's score (mean loss) after the step */
    public double trainBatch(int[] batchUsers, int[] batchItems, float[] batchLabels) {
        for (int b = 0; b < batch; b++) {
            users.putScalar(b, 0, batchUsers[b]);
            items.putScalar(b, 0, batchItems[b]);
            labels.putScalar(b, 0, batchLabels[b]);
        }
        graph.fit(new INDArray[] {users, items}, new INDArray[] {labels});
        return graph.score();
    }
}
