using System.CommandLine;
using SegRules.Engine.Present;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Replay;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules replay</c>: evaluates stored evaluations again from their inputs as given.
/// <c>--as-stored</c> uses each record's own rule set snapshot and must reproduce every value and
/// finding exactly (anything else is reported as corruption); <c>--rules-version V</c> uses version V
/// of the rules folder and reports the drift; with neither, each record uses the version the rules
/// folder now puts in force on its date. Exit 1 when anything differs.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Exit code when a replay did not reproduce a record.</summary>
    public const int Differ = 1;

    private const int ChunkSize = 128;

    /// <summary>Builds the command; <paramref name="showProgress"/> draws a progress bar on standard error for long runs.</summary>
    public static Command Create(TextWriter output, TextWriter error, bool showProgress = false)
    {
        var filter = new RecordFilter();
        var asStored = new Option<bool>("--as-stored") { Description = "Replay each record on its own stored rule set: every value must come out exactly as stored." };
        var version = new Option<string?>("--rules-version") { Description = "Replay every record on this version of the rules folder and report what differs." };
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format();
        var db = CommonOptions.Database();
        var noCache = CommonOptions.NoCache();
        var detail = new Option<bool>("--detail") { Description = "List every record that differs, line by line and finding by finding, before the summary of distinct changes." };
        var command = new Command("replay", "Evaluate stored evaluations again: --as-stored on their own rule sets (must reproduce them exactly), or --rules-version V (the drift a version causes). Exit 1 when anything differs.")
        {
            asStored, version, rules, format, db, noCache, detail,
        };
        foreach (var option in filter.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var stored = parse.GetValue(asStored);
            var requested = parse.GetValue(version);
            if (stored && requested is not null)
            {
                error.WriteLine("segrules: give --as-stored or --rules-version, not both");
                return ExitCodes.UserError;
            }

            if (filter.Query(parse, error) is not { } query)
            {
                return ExitCodes.UserError;
            }

            var ruleSets = CommonOptions.RuleSets(parse.GetValue(noCache), error);
            RuleRepository? repository = null;
            if (!stored)
            {
                if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
                {
                    return ExitCodes.UserError;
                }

                repository = ruleSets.Repository(directory);
                if (requested is not null && repository.Versions.All(v => v.Info.Version != requested))
                {
                    var known = string.Join("; ", repository.Versions.Select(v => $"{v.Info.Form} {v.Info.Version}"));
                    DiagnosticPrinter.Print([Diagnostic.InFile(null, DiagnosticCatalog.UnknownVersion, directory, requested, known)], error, "nothing was replayed.");
                    return ExitCodes.UserError;
                }
            }

            var path = parse.GetValue(db) ?? DefaultDatabase.Path;
            var replayer = new Replayer(ruleSets);
            var json = parse.GetValue(format) == "json" ? new ReplayJsonWriter(output, ReplayView.ModeOf(stored, requested), requested) : null;
            var terminal = new TerminalText(output);
            var summary = new DriftSummary();
            using (json)
            {
                // Oldest first, as they were filed, read from the file a chunk at a time and replayed on
                // every core while the next chunk is read; each version or snapshot is compiled once. A
                // record that differs is written as soon as its chunk is replayed, not kept: only the
                // summary grows, by distinct change.
                var done = StoreAccess.TryUse(path, readOnly: true, error, store =>
                {
                    var snapshots = new Dictionary<string, RuleSetSnapshot?>(StringComparer.Ordinal);
                    // On their own rule sets the snapshots are compiled for the replays anyway, and their
                    // definitions lay out the records too; on another version a snapshot's definition is
                    // taken from the disk cache when it is there, not parsed again.
                    store.SnapshotForms = stored ? replayer.Definition : replayer.Uncompiled;

                    // The records are counted (an index scan) only for a bar that is drawn.
                    using var progress = new ProgressBar(error, showProgress, "replaying", showProgress ? store.Count(query) : 0);
                    void Report(RecordReplay[] replays)
                    {
                        foreach (var replay in replays)
                        {
                            summary.Add(replay);
                            if (json is not null)
                            {
                                json.Add(replay);
                            }
                            else if (parse.GetValue(detail) && (replay.Differs || replay.Notes.Count > 0))
                            {
                                ReplayTextWriter.WriteDetail(replay, stored, terminal);
                            }
                        }

                        progress.Report(summary.Records);
                    }

                    Task<RecordReplay[]>? replaying = null;
                    foreach (var chunk in store.Oldest(query, texts: !stored).Chunk(ChunkSize))
                    {
                        // The store is read on this thread only: each record is paired with its snapshot here.
                        foreach (var hash in stored ? chunk.Select(r => r.RulesetHash).Where(h => !snapshots.ContainsKey(h)).Distinct().ToArray() : [])
                        {
                            snapshots.Add(hash, store.RuleSet(hash));
                        }

                        var work = chunk.Select(record => (Record: record, Snapshot: stored ? snapshots[record.RulesetHash] : null)).ToArray();
                        var next = Task.Run(() => work.AsParallel().AsOrdered()
                            .Select(w => stored ? replayer.AsStored(w.Record, w.Snapshot) : replayer.Against(w.Record, repository!, requested))
                            .ToArray());
                        if (replaying is not null)
                        {
                            Report(replaying.GetAwaiter().GetResult());
                        }

                        replaying = next;
                    }

                    if (replaying is not null)
                    {
                        Report(replaying.GetAwaiter().GetResult());
                    }

                    return true;
                }, out _);
                if (!done)
                {
                    return ExitCodes.UserError;
                }

                json?.Finish(summary);
            }

            var mode = stored ? "on their own rule sets" : requested is null ? "with the versions in force on their dates" : $"with version {requested}";
            if (json is null && summary.Records == 0)
            {
                output.WriteLine($"No evaluations{RecordFilter.Describe(query)} in {path}: nothing to replay.");
            }
            else if (json is null)
            {
                ReplayTextWriter.WriteSummary(summary, mode, stored, parse.GetValue(detail), terminal);
            }

            return summary.Same != summary.Records ? Differ : ExitCodes.Success;
        });
        return command;
    }
}
