#!/usr/bin/env python3
"""Tables of docs/results.md §4.3 from `report gains --json` outputs of the same study under several schedules.

  scripts/schedule-summary.py per-config  LABEL=gains.json ...   # mean gain over targets per config
  scripts/schedule-summary.py per-cell    LABEL=gains.json ...   # every target and config, and the baselines
"""
import json
import sys


def load(args):
    tables = []
    for arg in args:
        label, path = arg.split('=', 1)
        with open(path) as f:
            tables.append((label, json.load(f)))
    source = next(iter(tables[0][1]['cells']))
    targets = list(tables[0][1]['cells'][source])
    configs = list(tables[0][1]['cells'][source][targets[0]])
    return tables, source, targets, configs


def per_config(args):
    tables, source, targets, configs = load(args)
    print('| config | ' + ' | '.join(label for label, _ in tables) + ' |')
    print('|---|' + '---|' * len(tables))
    print('| baseline HR@10 (mean over targets) | ' + ' | '.join(
        '%.3f' % (sum(d['sources'][source][t]['baselineHr'] for t in targets) / len(targets)) for _, d in tables) + ' |')
    for config in configs:
        row = []
        for _, d in tables:
            cells = [d['cells'][source][t][config] for t in targets]
            gains = [c['gain'] for c in cells]
            up = sum(1 for c in cells if c['significant'] and c['gain'] > 0)
            down = sum(1 for c in cells if c['significant'] and c['gain'] < 0)
            row.append('%+.1f %% (%d/%d > 0; %d+ %d- sig.)' % (sum(gains) / len(gains), sum(g > 0 for g in gains), len(gains), up, down))
        print('| %s | ' % config + ' | '.join(row) + ' |')


def per_cell(args):
    tables, source, targets, configs = load(args)
    print('| target | config | ' + ' | '.join(label for label, _ in tables) + ' |')
    print('|---|---|' + '---:|' * len(tables))
    for t in targets:
        print('| %s | baseline HR@10 | ' % t + ' | '.join(
            '%.3f ± %.3f' % (d['sources'][source][t]['baselineHr'], d['sources'][source][t]['baselineSd'] or 0) for _, d in tables) + ' |')
        for config in configs:
            row = []
            for _, d in tables:
                c = d['cells'][source][t][config]
                row.append('%+.1f ± %.1f%s' % (c['gain'], c['sd'] or 0, '*' if c['significant'] else ''))
            print('| %s | %s | ' % (t, config) + ' | '.join(row) + ' |')


if __name__ == '__main__':
    {'per-config': per_config, 'per-cell': per_cell}[sys.argv[1]](sys.argv[2:])
