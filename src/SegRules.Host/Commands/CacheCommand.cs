using System.CommandLine;
using System.Globalization;
using SegRules.Engine.Cache;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules cache info|clear</c>: the compiled rule set cache (where it is, how many entries and
/// how large; delete them all). The folder is <c>SEGRULES_CACHE_DIR</c>, else
/// <c>$XDG_CACHE_HOME/segrules</c>, else <c>~/.cache/segrules</c>.
/// </summary>
public static class CacheCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = CommonOptions.Format();
        var info = new Command("info", "Where the compiled rule set cache is, how many entries it holds and their size.") { format };
        info.SetAction(parse =>
        {
            var cache = new CompiledRuleSetCache(CompiledRuleSetCache.DefaultDirectory()).Info();
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                    new Dictionary<string, object> { ["directory"] = cache.Directory, ["entries"] = cache.Entries, ["manifests"] = cache.Manifests, ["bytes"] = cache.Bytes, ["partial"] = cache.Partial }));
            }
            else
            {
                output.WriteLine($"Cache:    {cache.Directory}");
                output.WriteLine($"Entries:  {cache.Entries} compiled rule set(s), {cache.Manifests} manifest(s), {Size(cache.Bytes)}");
                if (cache.Partial > 0)
                {
                    output.WriteLine($"Partial:  {cache.Partial} entry(ies) left half-written by a process that was stopped (never used; 'segrules cache clear' removes them)");
                }
            }

            return ExitCodes.Success;
        });

        var clear = new Command("clear", "Delete every compiled rule set in the cache (other files in the folder are left alone); they are compiled again when next needed.");
        clear.SetAction(_ =>
        {
            var cache = new CompiledRuleSetCache(CompiledRuleSetCache.DefaultDirectory());
            var before = cache.Info();
            var deleted = cache.Clear();
            var left = before.Entries + before.Manifests + before.Partial - deleted;
            output.WriteLine($"Deleted {deleted} cache file(s) from {cache.Directory}.");
            if (left > 0)
            {
                error.WriteLine($"segrules: {left} cache file(s) in {cache.Directory} could not be deleted");
                return ExitCodes.UserError;
            }

            return ExitCodes.Success;
        });

        return new Command("cache", "The compiled rule set cache: 'info' shows where it is and what it holds, 'clear' empties it.") { info, clear };
    }

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}
