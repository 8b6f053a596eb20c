#!/usr/bin/env bash
# Whole-process figures of SegRules, each as a ratio to `segrules --version` measured in the same run
# (so figures from a busy or a quiet machine compare). Publishes the Release CLI, makes N seeded
# synthetic balances files, and prints one markdown table (docs/benchmarks.md shows the latest).
#
#   bench/whole-process/run.sh [N] [RUNS]      N balances files (default 10000), RUNS repetitions of the
#                                              short commands (default 5; medians are reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export SEGRULES_CACHE_DIR="$work/cache"

# Published as users get it: Release, ReadyToRun (precompiled, so less start-up JIT).
dotnet publish src/SegRules.Host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" --nologo -v quiet >/dev/null
cli="$work/cli/segrules"
python3 bench/whole-process/make-balances.py samples/credit-suisse-2017-12-26.yaml "$work/balances" "$count"

# seconds (to the millisecond: --version takes a few hundredths) and peak resident KB of one command: "SECONDS KB"
measure() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || true
    end=$(date +%s%N)
    echo "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }') $(tail -n 1 "$work/time")"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
repeat() { local n=$1; shift; for _ in $(seq "$n"); do measure "$@" | cut -d' ' -f1; done | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }

sample=samples/credit-suisse-2017-12-26.yaml
"$cli" evaluate "$sample" --no-store >/dev/null   # fills the cache: later runs are warm
version=$(repeat "$runs" "$cli" --version)
evaluate=$(repeat "$runs" "$cli" evaluate "$sample" --no-store)
evaluate_json=$(repeat "$runs" "$cli" evaluate "$sample" --no-store --format json)
# The files' dates fall in several versions; the first batch compiles those the sample did not. It is
# timed on its own (not stored), and the batches below find every version in the cache, as a scheduled job does.
read -r batch_first _ <<<"$(measure "$cli" evaluate "$work/balances" --no-store)"
read -r batch batch_kb <<<"$(measure "$cli" evaluate "$work/balances" --db "$work/batch.db")"
db_bytes=$(stat -c %s "$work/batch.db")
read -r batch_json batch_json_kb <<<"$(measure "$cli" evaluate "$work/balances" --db "$work/batch-json.db" --format json)"
read -r as_stored as_stored_kb <<<"$(measure "$cli" replay --as-stored --db "$work/batch.db")"
as_stored_tail=$(tail -n 1 "$work/out")
# The first replay on 2012-11-08 compiles that version (no file of the batch is dated in its period);
# the second finds it in the cache, as every later run does.
read -r drift_first _ <<<"$(measure "$cli" replay --rules-version 2012-11-08 --db "$work/batch.db")"
read -r drift drift_kb <<<"$(measure "$cli" replay --rules-version 2012-11-08 --db "$work/batch.db")"
drift_lines=$(wc -l <"$work/out")
read -r drift_detail _ <<<"$(measure "$cli" replay --rules-version 2012-11-08 --db "$work/batch.db" --detail)"
drift_detail_lines=$(wc -l <"$work/out")

cat <<TABLE
Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), .NET $(dotnet --version); N = $count; medians of $runs runs for the single-file rows.

| what | seconds | ratio to \`segrules --version\` | peak memory |
|---|---|---|---|
| \`segrules --version\` | $version | 1.0x | |
| \`evaluate SAMPLE --no-store\`, warm cache | $evaluate | $(ratio "$evaluate" "$version") | |
| \`evaluate SAMPLE --no-store --format json\`, warm cache | $evaluate_json | $(ratio "$evaluate_json" "$version") | |
| batch-evaluate $count files into a new database, warm cache | $batch | $(ratio "$batch" "$version") | $((batch_kb / 1024)) MB |
| the same, \`--format json\` | $batch_json | $(ratio "$batch_json" "$version") | $((batch_json_kb / 1024)) MB |
| the first batch, \`--no-store\` (compiles the versions its dates fall in) | $batch_first | $(ratio "$batch_first" "$version") | |
| database size per evaluation | $(awk -v b="$db_bytes" -v n="$count" 'BEGIN { printf "%.1f KB", b / n / 1024 }') | | |
| \`replay --as-stored\`, $count records | $as_stored | $(ratio "$as_stored" "$version") | $((as_stored_kb / 1024)) MB |
| \`replay --rules-version 2012-11-08\`, $count records, warm cache | $drift | $(ratio "$drift" "$version") | $((drift_kb / 1024)) MB |
| the same, first run (compiles 2012-11-08) | $drift_first | $(ratio "$drift_first" "$version") | |
| its report: summary / with \`--detail\` | $drift_lines / $drift_detail_lines lines | | |

replay --as-stored said: $as_stored_tail
TABLE
