#!/usr/bin/env python3
"""Writes docs/reproduction.md and docs/figures/repro-*.png from the workspace of scripts/reproduce.sh.

    RECTRANSFER=./rectransfer python3 scripts/reproduction_report.py WORKSPACE DOCS_DIR

Every number on the page comes from WORKSPACE, through the command line (report, analyze, figure)
or, for run lists and timings, its SQLite file read-only (docs/workspace.md). The page depends on
nothing else (no clock, no machine), so the same workspace gives the same bytes. The paper's numbers
are in scripts/paper_tables.py. Python 3 standard library only.
"""
import json
import math
import os
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paper_tables as paper  # noqa: E402

CONFIGS = paper.CONFIGS
FIG3_CONFIGS = ["config-1", "config-5", "config-6", "config-7"]
SOURCES = [("Book", "repro-book"), ("CD", "repro-cd")]
SCARCITY = "repro-scarcity"
# One line per finding, filled by the sections as they are written, shown under "In short".
SUMMARY = []


def fail(message):
    print("reproduction_report.py: " + message, file=sys.stderr)
    sys.exit(1)


class Study:
    """The workspace: the command line for computed results, SQLite for lists and timings."""

    def __init__(self, workspace, launcher):
        self.ws = os.path.abspath(workspace)
        self.rt = launcher
        db = os.path.join(self.ws, "workspace.db")
        if not os.path.exists(db):
            fail(f"{db} not found: run scripts/reproduce.sh {workspace} first")
        self.db = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def cli(self, *args):
        done = subprocess.run([self.rt, *args, "--workspace", self.ws], capture_output=True, text=True)
        if done.returncode != 0:
            fail(f"{' '.join(args)}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
        return done.stdout

    def json(self, *args):
        return json.loads(self.cli(*args, "--json"))

    def rows(self, sql, *params):
        return self.db.execute(sql, params).fetchall()

    def sweep_exists(self, sweep):
        return bool(self.rows("SELECT 1 FROM sweeps WHERE id = ?", sweep))

    def sweep_runs(self, sweep):
        """(task_key, kind, source, target, config, seed, run id, hr, epochs, seconds, created, finished) of finished runs."""
        return self.rows("""SELECT s.task_key, s.kind, s.source, s.target, s.config, s.seed, r.id, r.hr, r.epochs, r.seconds,
                                   r.created_at, r.finished_at
                            FROM sweep_runs s JOIN runs r ON r.id = s.run_id
                            WHERE s.sweep_id = ? AND r.status = 'done' ORDER BY s.task_key""", sweep)

    def best_validation_hr(self, run_id):
        row = self.rows("SELECT MAX(validation_hr) FROM epochs WHERE run_id = ?", run_id)
        return row[0][0] if row and row[0][0] is not None else float("nan")


# ---------------------------------------------------------------- formatting and small statistics

def f(value, digits=3):
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def signed(value, digits=1):
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:+.{digits}f}"


def p_text(p):
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return "n/a"
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return float("nan") if sxx == 0 or syy == 0 else sxy / math.sqrt(sxx * syy)


def spearman(x, y):
    return pearson(ranks(x), ranks(y))


def mean(values):
    values = [v for v in values if not math.isnan(v)]
    return sum(values) / len(values) if values else float("nan")


def sd(values):
    values = [v for v in values if not math.isnan(v)]
    if len(values) < 2:
        return float("nan")
    m = mean(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1))


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the study's pieces

def gains_of(study, sweep, source):
    """{target: {config: cell}} with cell = gain, sd, seeds, p, significant, test; plus baseline and best HR per target."""
    report = study.json("report", "gains", "--sweep", sweep)
    cells = report["cells"].get(source, {})
    summary = report["sources"].get(source, {})
    return cells, summary


def best_config(cells):
    present = [c for c in CONFIGS if c in cells]
    return max(present, key=lambda c: (cells[c]["gain"], -CONFIGS.index(c))) if present else None


def cell_text(cell):
    if cell is None:
        return "n/a"
    star = "*" if cell["significant"] else ""
    return f"{signed(cell['gain'], 1)} ± {f(cell['sd'], 1)}{star}"


def p_of(cell):
    return cell["pPairedT"] if cell.get("test") == "paired-t" else cell.get("pMcNemar")


def main():
    if len(sys.argv) != 3:
        fail("usage: reproduction_report.py WORKSPACE DOCS_DIR")
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    study = Study(sys.argv[1], os.environ.get("RECTRANSFER", os.path.join(here, "rectransfer")))
    docs = os.path.abspath(sys.argv[2])
    figures = os.path.join(docs, "figures")
    os.makedirs(figures, exist_ok=True)
    for _, sweep in SOURCES:
        if not study.sweep_exists(sweep):
            fail(f"the workspace has no sweep {sweep}: run scripts/reproduce.sh first")

    out = []
    out.append(header(study))
    out.append(table_2(study))
    tables = {}
    for number, (source, sweep) in zip((3, 4), SOURCES):
        cells, summary = gains_of(study, sweep, source)
        tables[source] = (cells, summary)
        heatmap = figure(study, figures, f"repro-{source.lower()}-heatmap.png", "heatmap", "--sweep", sweep, width=9, height=7.5)
        out.append(gain_tables(number, source, sweep, cells, summary, heatmap))
    out.append(against_paper(tables["Book"][0]))
    out.append(remarks(tables))
    out.append(importance(study, figures))
    out.append(relatedness(study, figures))
    out.append(scarcity(study, figures))
    out.append(choose(study))
    out.append(footer())
    out.insert(1, "## In short\n\n" + "\n".join(f"- {line}" for line in SUMMARY) + "\n")
    page = "\n".join(part.rstrip("\n") + "\n" for part in out)
    target = os.path.join(docs, "reproduction.md")
    with open(target + ".part", "w", encoding="utf-8") as handle:
        handle.write(page)
    os.replace(target + ".part", target)
    print(f"wrote {target}")


def figure(study, figures, name, *args, width=None, height=None):
    path = os.path.join(figures, name)
    size = []
    if width:
        size += ["--width", str(width)]
    if height:
        size += ["--height", str(height)]
    study.cli("figure", *args, "--out", path, "--dpi", "300", *size, "-q")
    return f"figures/{name}"


# ---------------------------------------------------------------- sections

def header(study):
    runs = []
    for _, sweep in SOURCES:
        runs += study.sweep_runs(sweep)
    ids = {r[6] for r in runs}
    kinds = {}
    for r in runs:
        kinds.setdefault(r[1], set()).add(r[6])
    placeholders = ",".join("?" * len(ids))
    span = study.rows(f"SELECT MIN(created_at), MAX(finished_at), SUM(seconds) FROM runs WHERE id IN ({placeholders})", *sorted(ids))[0]
    seeds = sorted({r[5] for r in runs})
    shared = len(kinds.get("source", set()) & kinds.get("baseline", set()))
    everything = study.rows("SELECT COUNT(*), MIN(created_at), MAX(finished_at), SUM(seconds) FROM runs WHERE status = 'done'")[0]
    epochs = sorted(r[8] for r in runs if r[8] is not None)
    quartiles = (epochs[len(epochs) // 4], epochs[len(epochs) // 2], epochs[3 * len(epochs) // 4]) if epochs else (0, 0, 0)
    wall = wall_seconds(span[0], span[1])
    return f"""# The paper reproduced on real data

Every number and figure on this page was produced by `scripts/reproduce.sh` from the seventeen real
Amazon domains of `../shared/data/amazon/` (see its README for provenance), and is regenerated byte
for byte from the study's workspace by `scripts/reproduce.sh --report-only WORKSPACE`. The paper's
numbers (Nguyen et al. 2020, `../shared/paper/`) are in `scripts/paper_tables.py`.

```bash
scripts/reproduce.sh /path/to/workspace          # the study (resumable), then this page
scripts/reproduce.sh --report-only /path/to/workspace
```

## The study

- **Sources**: Book-2014 and CD-2014, the two largest domains (the paper's Movie and Kindle are not
  available). **Targets**: every other domain, so Book -> CD and CD -> Book as well: 16 per source.
- **Settings**: the paper's network (embeddings 32, FC 64-32-16-8, Adam 0.001, batch 256, 4 negatives
  per positive, leave-one-out, HR@10 among 99 sampled negatives), users with at least 20 interactions.
- **Converged training** (this tool's default, docs/convergence.md): validation early stopping with
  patience 10 after a 10-epoch warm-up, at most 100 epochs, the best validation epoch's model
  evaluated once on the test items. Seeds {seeds[0]}-{seeds[-1]}, a source model per seed; the
  held-out items and their candidates are the same for every seed (split seed 1), so the spread
  over seeds is the training's.
- **Significance**: * marks p < 0.05 of a paired t-test of HR over the {len(seeds)} seeds (McNemar over
  users' hits where t is undefined). With {len(seeds)} seeds the t-test has {len(seeds) - 1} degrees of
  freedom: only large, consistent gains reach it.
- **Size**: {len(ids)} runs for Tables 3 and 4 ({len(kinds.get('source', ()))} source models,
  {len(kinds.get('baseline', ()))} baselines, {len(kinds.get('transfer', ()))} transfers; {shared} source models are also the other
  sweep's baselines of Book and CD), {hours(span[2])} of training summed over runs, {hours(wall)} from the first
  run's start to the last run's end on the 2-core machine of docs/performance.md (two runs at a time).
  The whole study, with the scarcer targets and `choose`: {everything[0]} finished runs, {hours(everything[3])} of
  training, {hours(wall_seconds(everything[1], everything[2]))} from the first run's start to the last run's end.
- **Not run: the paper's fixed schedule** (100 epochs for every run) as a second set of columns. The
  converged runs trained {quartiles[1]} epochs at the median (quartiles {quartiles[0]} and {quartiles[2]}), the
  fixed schedule would cost {100 / max(1, quartiles[1]):.1f} times as much at the median and did not fit in the
  session that ran the study. `sweep --paper-schedule` runs it.
"""


def wall_seconds(start, end):
    from datetime import datetime
    if not start or not end:
        return float("nan")
    parse = lambda t: datetime.fromisoformat(t.replace("Z", "+00:00"))
    return (parse(end) - parse(start)).total_seconds()


def hours(seconds):
    if seconds is None or math.isnan(seconds):
        return "n/a"
    return f"{int(seconds // 3600)} h {int(seconds % 3600 // 60):02d} min"


def table_2(study):
    book = study.json("report", "targets", "--sweep", "repro-book")["targets"]
    cd = study.json("report", "targets", "--sweep", "repro-cd")["targets"]
    ours = {row["target"]: row for row in book}
    for row in cd:
        ours.setdefault(row["target"], row)
    order = ["Book", "CD"] + sorted(name for name in ours if name not in ("Book", "CD"))
    rows = []
    for name in order:
        row = ours[name]
        theirs = paper.TABLE_2.get(paper.PAPER_NAME.get(name, ""), None)
        paper_cells = ["—"] * 5 if theirs is None else [f"{theirs[0]:,}", f"{theirs[1]:,}", f"{theirs[2]:,}",
                                                         f"{theirs[3]:.2f}", f"{theirs[4]:.2f}"]
        label = name if theirs is None else f"{name} ({paper.PAPER_NAME[name]})"
        rows.append([label, f"{row['users']:,.0f}", f"{row['items']:,.0f}", f"{row['interactions']:,.0f}",
                     f"{row['sparsityPercent']:.2f}", f"{f(row['baselineHr'])} ± {f(row['baselineSd'])}", f(row["popularityHr"]),
                     signed(row["baselineHr"] - row["popularityHr"], 3)] + paper_cells)
    missing = sorted(set(paper.TABLE_2) - set(paper.PAPER_NAME.values()))
    matched = [name for name in order if name in paper.PAPER_NAME]
    higher = [name for name in matched if ours[name]["baselineHr"] > paper.TABLE_2[paper.PAPER_NAME[name]][4]]
    smaller = [name for name in matched if ours[name]["interactions"] < paper.TABLE_2[paper.PAPER_NAME[name]][2]]
    margin = sorted(order, key=lambda n: ours[n]["baselineHr"] - ours[n]["popularityHr"])[:3]
    return "## Table 2: the domains and their baselines\n\n" + table(
        ["domain (paper's name)", "users", "items", "interactions", "sparsity %", "MLP HR@10 (mean ± sd)", "popularity HR@10",
         "MLP - popularity", "paper: users", "items", "ratings", "sparsity %", "HR@10"], rows) + f"""
Ours: after the filter (users with at least 20 interactions), baseline over the seeds; item popularity
ranks the same held-out item among the same 99 candidates (`report targets`). The paper's domains
without a counterpart here: {', '.join(missing)}.

- {len(smaller)} of the {len(matched)} matched domains have fewer interactions here than in the paper (Book:
  {ours['Book']['users']:,.0f} users here, {paper.TABLE_2['Book'][0]:,} there), and {len(higher)} of {len(matched)} have a
  higher baseline HR@10 than the paper's ({', '.join(higher)}): on those a transfer has less room to help
  than it had in the paper.
- The MLP's margin over item popularity is smallest on {', '.join(f'{n} ({signed(ours[n]["baselineHr"] - ours[n]["popularityHr"], 3)})' for n in margin)}:
  on those targets the MLP barely learns more than which items are popular, and a transferred
  interaction function has little to add.
"""


def gain_tables(number, source, sweep, cells, summary, heatmap):
    targets = list(cells.keys())
    rows, prows = [], []
    for target in targets:
        row = cells[target]
        best = best_config(row)
        info = summary[target]
        best_text = f"{best} ({f(info['bestHr'])})" if best and row[best]["gain"] > 0 else f"none ({best} {signed(row[best]['gain'], 1)})"
        rows.append([target] + [cell_text(row.get(c)) for c in CONFIGS] + [best_text, f"{f(info['baselineHr'])} ± {f(info['baselineSd'])}"])
        prows.append([target] + [p_text(p_of(row[c])) if c in row else "n/a" for c in CONFIGS])
    return f"""## Table {number}: gains with {source} as the source (sweep `{sweep}`)

Gain (%) of each configuration's HR@10 over the target's baseline, mean ± sd over seeds, * significant.
Best: the configuration with the highest mean gain, "none" when no gain is positive.

""" + table(["target"] + CONFIGS + ["best (HR@10)", "baseline HR@10"], rows) + f"""
![Gains, source {source}]({heatmap})

The test's p for each cell (paired t over seeds):

""" + table(["target"] + CONFIGS, prows)


def against_paper(book_cells):
    rows = []
    rhos, agree, total, same_best = [], 0, 0, 0
    for ours_name, paper_name in paper.PAPER_NAME.items():
        if paper_name not in paper.TABLE_3 or ours_name not in book_cells:
            continue
        theirs = list(paper.TABLE_3[paper_name])
        ours = [book_cells[ours_name][c]["gain"] for c in CONFIGS]
        rho = spearman(theirs, ours)
        signs = sum(1 for a, b in zip(theirs, ours) if (a > 0) == (b > 0))
        paper_best = CONFIGS[theirs.index(max(theirs))]
        our_best = best_config(book_cells[ours_name])
        rhos.append(rho)
        agree += signs
        total += len(CONFIGS)
        same_best += paper_best == our_best
        rows.append([f"{ours_name} ({paper_name})", " / ".join(f"{v:+.1f}" for v in theirs), " / ".join(f"{v:+.1f}" for v in ours),
                     f"{rho:+.2f}", f"{signs}/7", f"{paper_best} / {our_best}"])
    rho = mean(rhos)
    alike = ("rank much as in the paper" if rho >= 0.7 else "rank largely as in the paper" if rho >= 0.5
             else "rank somewhat as in the paper" if rho > 0.2 else "do not rank as in the paper")
    SUMMARY.append(f"Against the paper's Table 3 (Book as source, {len(rows)} shared targets): the seven configurations {alike} "
                   f"(mean Spearman rho {rho:+.2f}), the signs of the gains agree in {100 * agree / total:.0f} % of the cells, "
                   f"and the best configuration is the same on {same_best} of {len(rows)} targets.")
    return f"""## The paper's Table 3 beside ours (Book as the source)

Gains of config-1 / ... / config-7 in %, the paper's and ours (mean over seeds), for the {len(rows)} targets
both have; rho: Spearman's rank correlation of the seven configurations; signs: configurations whose
gain has the same sign in both.

""" + table(["target", "paper", "ours", "rho", "signs", "best: paper / ours"], rows) + f"""
Over the {len(rows)} targets: mean rho {mean(rhos):+.2f} (from {min(rhos):+.2f} to {max(rhos):+.2f}); signs agree in {agree} of
{total} cells ({100 * agree / total:.0f} %); the best configuration is the same on {same_best} of {len(rows)} targets.
"""


def remarks(tables):
    lines = ["## The paper's three remarks, checked\n"]
    # Remark 1: transfer helps most targets.
    parts = []
    helped_all = []
    for source, (cells, _) in tables.items():
        targets = list(cells)
        positive = [t for t in targets if any(cells[t][c]["gain"] > 0 for c in cells[t])]
        significant = [t for t in targets if any(cells[t][c]["gain"] > 0 and cells[t][c]["significant"] for c in cells[t])]
        best = max(((cells[t][c]["gain"], t, c) for t in targets for c in cells[t]), default=(float("nan"), "", ""))
        best_cell = cells[best[1]][best[2]] if best[1] else None
        best_note = "" if best_cell is None else (f", significant" if best_cell["significant"] else
                                                  f", ± {f(best_cell['sd'], 1)}, not significant")
        parts.append(f"From {source}, {len(positive)} of {len(targets)} targets have a configuration with a positive mean gain and "
                     f"{len(significant)} a significantly positive one ({', '.join(significant) if significant else 'none'}); "
                     f"the largest mean gain is {signed(best[0], 1)} % ({best[1]}, {best[2]}{best_note})")
        helped_all.append((len(significant), len(positive), len(targets)))
    paper_positive = sum(1 for row in paper.TABLE_3.values() if max(row) > 0)
    sig = sum(h[0] for h in helped_all)
    pos = sum(h[1] for h in helped_all)
    n = sum(h[2] for h in helped_all)
    if sig > n / 2:
        v1 = "holds"
    elif pos > n / 2:
        v1 = f"not confirmed: {pos} of {n} pairs have a positive mean gain, but only {sig} a significantly positive one"
    else:
        v1 = "does not hold"
    lines.append(f"**1. Transfer improves most targets** (the paper: {paper_positive} of 15 targets from Book, by up to 20 %). "
                 + "; ".join(parts) + f". Verdict: **{v1}** ({sig} of {n} source-target pairs significantly helped).\n")
    SUMMARY.append(f"Remark 1, transfer improves most targets: **{v1}** ({sig} of {n} source-target pairs have a significantly "
                   f"positive configuration, {pos} of {n} a positive mean gain).")
    # Remark 2: the best configuration varies by target.
    parts = []
    distinct = []
    for source, (cells, _) in tables.items():
        counts = {}
        for t in cells:
            counts[best_config(cells[t])] = counts.get(best_config(cells[t]), 0) + 1
        order = sorted(counts.items(), key=lambda kv: (-kv[1], CONFIGS.index(kv[0])))
        distinct.append(len(counts))
        parts.append(f"From {source} the best is " + ", ".join(f"{c} on {k}" for c, k in order))
    paper_counts = {}
    for row in paper.TABLE_3.values():
        best = CONFIGS[list(row).index(max(row))]
        paper_counts[best] = paper_counts.get(best, 0) + 1
    paper_text = ", ".join(f"{c} on {k}" for c, k in sorted(paper_counts.items(), key=lambda kv: (-kv[1], CONFIGS.index(kv[0]))))
    dominant = []
    for source, (cells, _) in tables.items():
        counts = {}
        for t in cells:
            counts[best_config(cells[t])] = counts.get(best_config(cells[t]), 0) + 1
        config, k = max(counts.items(), key=lambda kv: (kv[1], -CONFIGS.index(kv[0])))
        if k > len(cells) / 2:
            dominant.append(f"{config} is best on {k} of {len(cells)} targets from {source}")
    if min(distinct) < 3:
        v2 = "does not hold"
    elif dominant:
        v2 = "holds only weakly: " + " and ".join(dominant)
    else:
        v2 = "holds"
    lines.append(f"**2. The best configuration varies by target** (the paper, Book: {paper_text}). " + "; ".join(parts)
                 + f". Verdict: **{v2}**, with the caveat that where no gain is positive the best configuration is the least harmful one.\n")
    SUMMARY.append(f"Remark 2, the best configuration varies by target: **{v2}** (distinct best configurations over the targets: "
                   + ", ".join(f"{k} from {source}" for k, source in zip(distinct, tables)) + ").")
    # Remark 3: config-2/3/4 always negative.
    parts = []
    exceptions = 0
    significant_positive = 0
    for source, (cells, _) in tables.items():
        values = [(t, c, cells[t][c]) for t in cells for c in ("config-2", "config-3", "config-4") if c in cells[t]]
        negative = [v for v in values if v[2]["gain"] < 0]
        sig_negative = [v for v in values if v[2]["gain"] < 0 and v[2]["significant"]]
        positive = [f"{t} {c} {signed(cell['gain'], 1)}" for t, c, cell in values if cell["gain"] >= 0]
        exceptions += len(positive)
        significant_positive += sum(1 for _, _, cell in values if cell["gain"] > 0 and cell["significant"])
        parts.append(f"From {source}, {len(negative)} of {len(values)} cells are negative ({len(sig_negative)} significantly)"
                     + (f"; not negative: {', '.join(positive)}" if positive else ""))
    if exceptions == 0:
        v3 = "holds"
    elif significant_positive == 0:
        v3 = "holds nearly: the few cells that are not negative are not significant"
    else:
        v3 = "does not hold"
    lines.append("**3. Config-2, Config-3 and Config-4 always lead to negative transfer** (the paper: true for all three "
                 "sources, except Config-4 on Instrument from Book). " + "; ".join(parts) + f". Verdict: **{v3}**.\n")
    SUMMARY.append(f"Remark 3, Config-2/3/4 always lead to negative transfer: **{v3}** ({exceptions} of their cells are not negative, "
                   f"{significant_positive} significantly positive).")
    return "\n".join(lines)


def importance(study, figures):
    runs = [r for r in study.sweep_runs("repro-book") if r[1] == "source"]
    layers = {}
    for r in runs:
        result = study.json("analyze", "importance", "--run", r[6])
        for layer, values in result["layers"].items():
            stats = layers.setdefault(layer, {"mean": [], "abs": [], "positive": []})
            stats["mean"].append(mean(values))
            stats["abs"].append(mean([abs(v) for v in values]))
            stats["positive"].append(100 * sum(1 for v in values if v > 0) / len(values))
    rows = [[layer, f"{mean(s['mean']):+.4f} ± {f(sd(s['mean']), 4)}", f"{mean(s['abs']):.4f} ± {f(sd(s['abs']), 4)}",
             f"{mean(s['positive']):.0f} %"] for layer, s in layers.items()]
    seed1 = sorted(runs, key=lambda r: r[5])[0]
    path = figure(study, figures, "repro-book-importance.png", "importance", "--run", seed1[6])
    names = list(layers)
    first, last = layers[names[0]], layers[names[-1]]
    verdict = ("the layer nearest the output matters most, as the paper's Fig. 2 shows"
               if mean(last["abs"]) > mean(first["abs"]) else "the layer nearest the output is not the most important, unlike the paper's Fig. 2")
    SUMMARY.append(f"Fig. 2: mean |importance| of the Book source's neurons is {mean(first['abs']):.4f} in {names[0]} and "
                   f"{mean(last['abs']):.4f} in {names[-1]}: {verdict}.")
    return f"""## Fig. 2: importance of the Book source's neurons

Representation erasure (docs/analysis.md §3: the relative drop of the evaluation set's
log-likelihood when one neuron's output is zeroed; positive when erasing it hurts), for the {len(runs)}
Book source models (one per seed), mean ± sd over seeds of each layer's mean importance and mean
absolute importance:

""" + table(["layer", "mean importance", "mean |importance|", "neurons whose erasure hurts"], rows) + f"""
![Importance of the Book source's neurons, seed 1]({path})

Mean |importance| grows from {names[0]} ({mean(first['abs']):.4f}) to {names[-1]} ({mean(last['abs']):.4f}): {verdict}.
"""


def relatedness(study, figures):
    lines = ["## Fig. 3 and Table 6: gain against relatedness, size and sparsity\n"]
    rows, rows6 = [], []
    for source, sweep in SOURCES:
        data = study.json("analyze", "relatedness", "--sweep", sweep)
        for fit in data["correlations"]:
            if fit["source"] != source or fit["config"] not in FIG3_CONFIGS:
                continue
            rows.append([source, fit["config"], fit["n"], f"{fit['r']:+.2f}", p_text(fit["p"]), f"{fit['spearman']:+.2f}", f"{fit['slope']:+.1f}"])
        for factor in data["table6"]:
            if factor["source"] != source or factor["config"] not in FIG3_CONFIGS:
                continue
            theirs = paper.TABLE_6B_BOOK.get(factor["config"]) if source == "Book" else None
            rows6.append([source, factor["config"], f"{factor['size']['r']:+.2f} ({p_text(factor['size']['p'])})",
                          f"{factor['sparsity']['r']:+.2f} ({p_text(factor['sparsity']['p'])})",
                          "—" if theirs is None else f"{theirs[0]:+.2f} ({theirs[1]:.3f})"])
        path = figure(study, figures, f"repro-{source.lower()}-kld.png", "kld-scatter", "--sweep", sweep, width=8, height=6.4)
        lines.append(f"![Gain against KLD, source {source}]({path})\n")
    significant = [r for r in rows if r[4] != "n/a" and (r[4] == "<0.001" or float(r[4]) < 0.05)]
    negative = sum(1 for r in rows if float(r[3]) < 0)
    SUMMARY.append(f"Fig. 3: gain falls with KLD in {negative} of {len(rows)} source-configuration pairs, significantly (5 %) in "
                   f"{len(significant)} ({', '.join(f'{r[0]} {r[1]}: r {r[3]}' for r in significant) or 'none'}); the paper: "
                   f"|r| > 0.7 for Config-5 and Config-6 from Book.")
    lines.insert(1, """KLD(H_u(source) || H_u(target)) of the per-user activity histograms (docs/analysis.md §1) against
each configuration's mean gain, one point per target; Pearson r with its p, Spearman rho and the
least-squares slope (gain % per nat). The paper, Book as source: gain falls with KLD, |r| > 0.7 for
Config-5 and Config-6.

""" + table(["source", "config", "n", "Pearson r", "p", "Spearman rho", "slope"], rows) + f"""
{len(significant)} of {len(rows)} correlations are significant at 5 %{': ' + ', '.join(f'{r[0]} {r[1]} (r {r[3]})' for r in significant) if significant else ''}.

Table 6: Pearson r (p) of the gain with the target's size (interactions) and sparsity, beside the
paper's Table 6b (sparsity, Book as source; its Table 6a, size, is not legible in our copy, and its
text says |r| < 0.4 and p > 0.05 there except Config-1 from Book):

""" + table(["source", "config", "r with size (p)", "r with sparsity (p)", "paper: r with sparsity (p)"], rows6))
    return "\n".join(lines)


def scarcity(study, figures):
    if not study.sweep_exists(SCARCITY):
        return "## Scarcer targets\n\nNot run yet (stage 2 of scripts/reproduce.sh).\n"
    report = study.json("report", "gains", "--sweep", SCARCITY)
    cells = report["cells"]["Book"]
    summary = report["sources"]["Book"]
    fractions = [("10%", 0.1), ("25%", 0.25), ("50%", 0.5), ("", 1.0)]
    bases = []
    for name in cells:
        base = name.split("@")[0]
        if base not in bases:
            bases.append(base)
    rows = []
    by_fraction = {share: [] for _, share in fractions}
    for base in bases:
        for suffix, share in fractions:
            name = base if not suffix else f"{base}@{suffix}"
            if name not in cells:
                continue
            row = cells[name]
            rows.append([base, f"{share * 100:.0f} %", f"{f(summary[name]['baselineHr'])} ± {f(summary[name]['baselineSd'])}"]
                        + [cell_text(row.get(c)) for c in FIG3_CONFIGS])
            by_fraction[share] += [row[c] for c in FIG3_CONFIGS if c in row]
    path = figure(study, figures, "repro-scarcity.png", "scarcity", "--sweep", SCARCITY, width=9, height=7)
    smallest = min(share for _, share in fractions if by_fraction[share])
    better, pairs, helped = 0, 0, []
    for base in bases:
        small = cells.get(f"{base}@{sweep_percent(smallest)}%", {})
        whole = cells.get(base, {})
        for c in FIG3_CONFIGS:
            if c in small and c in whole:
                pairs += 1
                better += small[c]["gain"] > whole[c]["gain"]
    for name, row in cells.items():
        if "@" in name:
            helped += [f"{name} {c} ({signed(row[c]['gain'], 1)} %)" for c in FIG3_CONFIGS if c in row and row[c]["gain"] > 0 and row[c]["significant"]]
    spread = {share: mean([v["sd"] for v in by_fraction[share]]) for _, share in fractions if by_fraction[share]}
    reading = (f"With {smallest * 100:.0f} % of the users, the gain is above the whole target's in {better} of {pairs} target-configuration "
               f"pairs; significantly positive gains on a reduced target: {', '.join(helped) if helped else 'none'}. The spread over seeds "
               f"grows as users are removed (mean sd of the gains {f(spread[smallest], 1)} points at {smallest * 100:.0f} %, "
               f"{f(spread[1.0], 1)} at 100 %), so a reduced target needs more seeds to show a difference.")
    summary_rows = []
    for _, share in fractions:
        values = by_fraction[share]
        if not values:
            continue
        summary_rows.append([f"{share * 100:.0f} %", len(values), f"{mean([v['gain'] for v in values]):+.1f}",
                             sum(1 for v in values if v["gain"] > 0), sum(1 for v in values if v["gain"] > 0 and v["significant"]),
                             sum(1 for v in values if v["gain"] < 0 and v["significant"])])
    if summary_rows:
        SUMMARY.append("Scarcer targets (Book as source): mean gain over targets and configurations "
                       + ", ".join(f"{r[2]} % with {r[0]} of the users" for r in summary_rows)
                       + f"; significantly positive cells: " + ", ".join(f"{r[4]} of {r[1]} at {r[0]}" for r in summary_rows) + ".")
    return f"""## Beyond the paper: does transfer help more when the target is scarcer?

The paper motivates transfer by data scarcity but only studies whole targets. Here Book is the
source for {len(bases)} targets ({', '.join(bases)}), each kept whole and with 50, 25 and 10 % of its users (`sweep --target-fraction 0.1,0.25,0.5,1`: the users
are drawn anew for each seed after the 20-interaction filter, with all their interactions; the
baseline and the transfers of one seed share them), configurations 1, 5, 6 and 7, converged
training, seeds as above.

""" + table(["target", "users kept", "baseline HR@10"] + FIG3_CONFIGS, rows) + f"""
![Gain against the share of users kept]({path})

Over the {len(bases)} targets and {len(FIG3_CONFIGS)} configurations, per share of users kept:

""" + table(["users kept", "cells", "mean gain %", "positive", "significantly positive", "significantly negative"], summary_rows) + f"""
{reading}
"""


def sweep_percent(share):
    """The suffix `sweep --target-fraction` gives a share: 10 for 0.1, 12.5 for 0.125 (SweepSpec.percent)."""
    text = f"{share * 100:.6f}".rstrip("0").rstrip(".")
    return text


def choose(study):
    folder = os.path.join(study.ws, "choose")
    answers = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    answers = [a for a in answers if a.endswith(".json")]
    if not answers:
        return "## choose against the exhaustive search\n\nNot run yet (stage 3 of scripts/reproduce.sh).\n"
    seed1 = {}
    for source, sweep in SOURCES:
        for r in study.sweep_runs(sweep):
            if r[5] != 1 or r[1] == "source":
                continue
            config = "baseline" if r[1] == "baseline" else r[4]
            seed1[(source, r[3], config)] = {"hr": r[7], "epochs": r[8], "seconds": r[9], "validation": study.best_validation_hr(r[6])}
    rows = []
    picked_validation = picked_test = same_hr = 0
    lost, saved_epochs, all_epochs = [], 0, 0
    for answer in answers:
        with open(os.path.join(folder, answer), encoding="utf-8") as handle:
            result = json.load(handle)
        source, target = answer[:-5].split("-", 1)
        candidates = {c: seed1.get((source, target, c)) for c in ["baseline"] + CONFIGS}
        if any(v is None for v in candidates.values()):
            continue
        by_validation = max(candidates, key=lambda c: (candidates[c]["validation"], -(["baseline"] + CONFIGS).index(c)))
        by_test = max(candidates, key=lambda c: (candidates[c]["hr"], -(["baseline"] + CONFIGS).index(c)))
        chosen = result["chosen"]
        chosen_hr = candidates[chosen]["hr"]
        spent = result["epochsSpent"] + len(result["epochs"])
        exhaustive = sum(v["epochs"] for v in candidates.values())
        picked_validation += chosen == by_validation
        picked_test += chosen == by_test
        same_hr += abs(result["hr"] - chosen_hr) < 1e-12
        lost.append(candidates[by_validation]["hr"] - chosen_hr)
        saved_epochs += exhaustive - spent
        all_epochs += exhaustive
        rows.append([f"{source} -> {target}", chosen, by_validation, by_test, f(chosen_hr), f(candidates[by_validation]["hr"]),
                     signed(candidates[by_validation]["hr"] - chosen_hr, 3), f"{spent} / {exhaustive}"])
    n = len(rows)
    if n:
        SUMMARY.append(f"choose picked the validation-best candidate on {picked_validation} of {n} pairs, lost {mean(lost):+.4f} HR@10 on "
                       f"average against it, and trained {100 * saved_epochs / all_epochs:.0f} % fewer epochs than trying every candidate.")
    return f"""## choose against the exhaustive search

`choose` (successive halving: the baseline and the seven configurations trained 2 epochs, the best
third kept and trained 6, ..., then the survivor trained to convergence) on every source-target pair
with seed 1's source model, against the exhaustive search that the sweep's seed-1 runs amount to:
every candidate trained to convergence, the best picked by its validation HR (the honest choice) or
by its test HR (an oracle no user has). HR lost: test HR@10 of the validation-best minus the chosen
candidate's. Epochs: all epochs choose trained (halving rounds and the final run) against those of
the eight converged runs.

""" + table(["pair", "chosen", "best by validation", "best by test", "chosen HR@10", "validation-best HR@10", "HR lost", "epochs: choose / exhaustive"], rows) + f"""
Over {n} pairs: choose picked the validation-best candidate {picked_validation} times and the test-best
{picked_test} times; the HR it lost against the validation-best is {mean(lost):+.4f} on average (largest
{max(lost):+.4f}); it trained {100 * (1 - (all_epochs - saved_epochs) / all_epochs):.0f} % fewer epochs than the
exhaustive search. Its final run reproduced the sweep's run of the same configuration and seed
exactly (same HR@10) on {same_hr} of {n} pairs.
"""


def footer():
    return """## Files

Figures at 300 dpi in `docs/figures/repro-*.png`, written by `rectransfer figure` from the workspace;
the workbench opens the same workspace (`RECTRANSFER_WORKSPACE=WORKSPACE ./rectransfer`, Results tab,
sweeps `repro-book`, `repro-cd`, `repro-scarcity`) and shows the same heatmaps and scatters.
"""


if __name__ == "__main__":
    main()
