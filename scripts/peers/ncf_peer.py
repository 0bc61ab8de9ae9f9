#!/usr/bin/env python3
"""PyTorch peer for `rectransfer bench` (issue 13): the same NCF MLP, trained on CPU the standard way.

The network is the project's (model.NetworkSpec.withDefaults, model.NcfNetworkFactory):
user and item embeddings of 32 (N(0, 0.01^2), no bias), concatenated to 64, then
FC1 64->64, FC2 64->32, FC3 32->16, FC4 16->8, each with ReLU (Xavier weights, zero bias),
OUT 8->1 with sigmoid and binary cross-entropy averaged over the batch, Adam lr 0.001
(beta1 0.9, beta2 0.999, eps 1e-8). The sigmoid is folded into the loss
(BCEWithLogitsLoss), as PyTorch recipes do: the same function, computed stably.

Variants:
  sparse-adam (headline)  nn.Embedding(sparse=True) tables with torch.optim.SparseAdam,
                          the tower with torch.optim.Adam: per-step work proportional to
                          the batch, like the engine's lazy Adam.
  dense-adam (reference)  dense tables, one torch.optim.Adam over everything: every row of
                          both tables updated every step, as stock DL4J does.

Batches and timing follow experiment.EngineBenchmark: uniformly random user and item ids,
one positive in five (label 1 at positions 0, 5, 10, ...), drawn anew each step inside the
timed loop; 20 warm-up steps, then steps until at least --seconds of wall time and 5 steps.
Samples per wall second and per CPU second of this process (time.process_time: all its
threads) are reported.
"""
import argparse
import json
import os
import sys
import time

SHAPES = {  # experiment.BenchShape
    "book": (46_276, 148_785),
    "office": (599, 2_420),
}
EMBEDDING = 32
LAYERS = (64, 32, 16, 8)
LEARNING_RATE = 1e-3
BETAS = (0.9, 0.999)
EPS = 1e-8
EMBEDDING_STD = 0.01
WARMUP_STEPS = 20
MIN_STEPS = 5
VARIANTS = ("sparse-adam", "dense-adam")


def parse_args(argv):
    p = argparse.ArgumentParser(description="Time one NCF training step loop in PyTorch on CPU, as `rectransfer bench` times the engine.")
    p.add_argument("--shape", default="book", help="book, office or a comma list (default: book)")
    p.add_argument("--batch", default="256", help="batch size or a comma list, e.g. 256,2048 (default: 256)")
    p.add_argument("--threads", type=int, default=1, help="torch intra-op and inter-op threads (default: 1)")
    p.add_argument("--seconds", type=float, default=5.0, help="time each case for at least S wall seconds (default: 5)")
    p.add_argument("--variant", default="sparse-adam", help="sparse-adam (default), dense-adam, or a comma list")
    p.add_argument("--warmup", type=int, default=WARMUP_STEPS, help="untimed steps first (default: %d)" % WARMUP_STEPS)
    p.add_argument("--seed", type=int, default=42, help="seed for initialisation and batches (default: 42)")
    p.add_argument("--json", action="store_true", help="print one JSON object per case, one a line")
    a = p.parse_args(argv)
    a.shapes = [s.strip().lower() for s in a.shape.split(",") if s.strip()]
    for s in a.shapes:
        if s not in SHAPES:
            p.error("unknown shape '%s' (expected book or office)" % s)
    try:
        a.batches = [int(b) for b in a.batch.split(",") if b.strip()]
    except ValueError:
        p.error("--batch takes integers: %s" % a.batch)
    a.variants = [v.strip() for v in a.variant.split(",") if v.strip()]
    for v in a.variants:
        if v not in VARIANTS:
            p.error("unknown variant '%s' (expected one of %s)" % (v, ", ".join(VARIANTS)))
    if a.threads < 1 or a.seconds <= 0 or a.warmup < 0 or any(b < 1 for b in a.batches):
        p.error("--threads, --seconds and --batch must be positive, --warmup not negative")
    return a


def build(torch, nn, users, items, sparse, seed):
    torch.manual_seed(seed)

    class Ncf(nn.Module):
        def __init__(self):
            super().__init__()
            self.user = nn.Embedding(users, EMBEDDING, sparse=sparse)
            self.item = nn.Embedding(items, EMBEDDING, sparse=sparse)
            widths = (2 * EMBEDDING,) + LAYERS
            tower = []
            for fan_in, fan_out in zip(widths, widths[1:]):
                tower += [nn.Linear(fan_in, fan_out), nn.ReLU()]
            tower.append(nn.Linear(LAYERS[-1], 1))  # OUT; its sigmoid is in the loss
            self.tower = nn.Sequential(*tower)
            nn.init.normal_(self.user.weight, 0.0, EMBEDDING_STD)
            nn.init.normal_(self.item.weight, 0.0, EMBEDDING_STD)
            for m in self.tower:
                if isinstance(m, nn.Linear):
                    nn.init.xavier_normal_(m.weight)  # DL4J XAVIER: N(0, 2 / (fanIn + fanOut))
                    nn.init.zeros_(m.bias)

        def forward(self, u, i):
            return self.tower(torch.cat((self.user(u), self.item(i)), dim=1)).squeeze(1)

    return Ncf()


def optimisers(torch, model, variant):
    if variant == "sparse-adam":
        tables = [model.user.weight, model.item.weight]
        return [torch.optim.SparseAdam(tables, lr=LEARNING_RATE, betas=BETAS, eps=EPS),
                torch.optim.Adam(model.tower.parameters(), lr=LEARNING_RATE, betas=BETAS, eps=EPS)]
    return [torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=BETAS, eps=EPS)]


def run_case(torch, nn, shape, batch, variant, args):
    users, items = SHAPES[shape]
    model = build(torch, nn, users, items, variant == "sparse-adam", args.seed)
    opts = optimisers(torch, model, variant)
    loss_fn = nn.BCEWithLogitsLoss()  # mean over the batch, as DL4J's XENT
    labels = torch.tensor([1.0 if b % 5 == 0 else 0.0 for b in range(batch)])
    gen = torch.Generator().manual_seed(args.seed)

    def step():
        u = torch.randint(users, (batch,), generator=gen)
        i = torch.randint(items, (batch,), generator=gen)
        for opt in opts:
            opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(u, i), labels)
        loss.backward()
        for opt in opts:
            opt.step()
        return loss

    for _ in range(args.warmup):
        step()
    steps = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while True:
        step()
        steps += 1
        wall = time.perf_counter() - wall0
        if wall >= args.seconds and steps >= MIN_STEPS:
            break
    cpu = time.process_time() - cpu0
    samples = steps * batch
    return {
        "peer": "pytorch",
        "torchVersion": torch.__version__,
        "variant": variant,
        "shape": shape,
        "users": users,
        "items": items,
        "batch": batch,
        "threads": args.threads,
        "samplesPerSecond": samples / wall,
        "samplesPerCpuSecond": samples / cpu if cpu > 0 else None,
        "seconds": wall,
        "cpuSeconds": cpu,
        "steps": steps,
        "warmupSteps": args.warmup,
        "loadAverage": list(os.getloadavg()),  # 1, 5, 15 min, at the end of the case
        "ompWaitPolicy": os.environ.get("OMP_WAIT_POLICY"),
    }


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    import torch
    from torch import nn
    # Both before any parallel work: inter-op threads can be set only once per process.
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(args.threads)
    if not args.json:
        print("%-7s %-12s %6s %7s %14s %16s %8s %7s" % ("shape", "variant", "batch", "threads", "samples/s", "samples/CPU-s", "seconds", "steps"))
    for shape in args.shapes:
        for batch in args.batches:
            for variant in args.variants:
                r = run_case(torch, nn, shape, batch, variant, args)
                if args.json:
                    print(json.dumps(r), flush=True)
                else:
                    cpu_rate = "n/a" if r["samplesPerCpuSecond"] is None else "{:,.0f}".format(r["samplesPerCpuSecond"])
                    print("%-7s %-12s %6d %7d %14s %16s %8.2f %7d" % (shape, variant, batch, args.threads,
                          "{:,.0f}".format(r["samplesPerSecond"]), cpu_rate, r["seconds"], r["steps"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
