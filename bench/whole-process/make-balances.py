#!/usr/bin/env python3
"""Writes N seeded synthetic balances files: the bundled sample's lines, each input figure moved by up to
+-5 % (whole dollars), one business day apart from 2013-01-02, so every file is in force under version
2012-11-30 and the set is the same for the same seed. Usage: make-balances.py SAMPLE OUT_DIR N [SEED]"""
import datetime
import os
import random
import re
import sys

sample, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 11)
lines = open(sample, encoding="utf-8").read().splitlines()
os.makedirs(out, exist_ok=True)
day = datetime.date(2013, 1, 2)
figure = re.compile(r"^(\s+)([0-9a-z_]+):\s*(-?\d+(?:\.\d+)?)\s*$")
for i in range(count):
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    text = []
    for line in lines:
        if line.startswith("as_of:"):
            line = f"as_of: {day.isoformat()}"
        match = figure.match(line)
        if match and float(match.group(3)) != 0:
            value = round(float(match.group(3)) * (1 + rng.uniform(-0.05, 0.05)))
            line = f"{match.group(1)}{match.group(2)}: {value}"
        text.append(line)
    with open(os.path.join(out, f"balances-{i:05d}.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")
    day += datetime.timedelta(days=1)
