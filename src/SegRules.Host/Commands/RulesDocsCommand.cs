using System.CommandLine;
using SegRules.Authoring.Docs;
using SegRules.Authoring.Versions;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules rules docs [VERSION...] [--out DIR]</c>: a version as a readable document. Without
/// <c>--out</c>, the Markdown of each version named goes to standard output; with it, each version's
/// Markdown, HTML and dependency graph (SVG) are written to <c>DIR/FORM/VERSION.*</c> (every version
/// when none is named: <c>rules docs --out docs/forms</c> regenerates the bundled documents).
/// </summary>
public static class RulesDocsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var versions = new Argument<string[]>("versions") { Description = "The versions to document (default with --out: every version).", Arity = ArgumentArity.ZeroOrMore };
        var outDirectory = new Option<string?>("--out") { Description = "Write FORM/VERSION.md, .html and .svg under this folder instead of printing Markdown." };
        var form = CommonOptions.Form();
        var rules = CommonOptions.Rules();
        var command = new Command("docs", "Write a version as a readable document (Markdown and HTML, with an SVG of which lines feed which).")
        {
            versions, outDirectory, form, rules,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.Repository(parse.GetValue(rules), error) is not { } repository)
            {
                return ExitCodes.UserError;
            }
            var diagnostics = new DiagnosticBag();
            var formId = parse.GetValue(form)!;
            var requested = parse.GetValue(versions) ?? [];
            var target = parse.GetValue(outDirectory);
            var selected = CommonOptions.Versions(repository, formId, requested, allWhenNone: target is not null, diagnostics);
            if (selected.Length == 0 && !diagnostics.HasErrors)
            {
                error.WriteLine("segrules: name the version to document, or give --out DIR to document every version");
                return ExitCodes.UserError;
            }

            var documents = new List<(RuleVersion Version, IReadOnlyDictionary<string, string> Files)>();
            foreach (var version in selected)
            {
                var loaded = repository.LoadOnce(version, diagnostics);
                var previous = repository.Previous(version);
                FormDefinition? before = previous is null ? null : repository.LoadOnce(previous, diagnostics);
                if (loaded is not null)
                {
                    documents.Add((version, FormDocs.Render(loaded, before)));
                }
            }

            if (diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), error, "no document was written.");
                return ExitCodes.UserError;
            }

            foreach (var (version, files) in documents)
            {
                if (target is null)
                {
                    output.Write(files[version.Info.Version + ".md"]);
                    continue;
                }

                // Form and version ids come from a manifest: only plain names become folder and file names.
                if (!NewVersion.IsUsableId(version.Info.Form) || !NewVersion.IsUsableId(version.Info.Version))
                {
                    error.WriteLine($"segrules: {version.Info.Form} {version.Info.Version} is not a plain name (lower-case letters, digits, '.' and '-'): its documents were not written");
                    return ExitCodes.UserError;
                }

                var folder = Path.Combine(target, version.Info.Form);
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"segrules: cannot make the folder {folder}: {e.Message}");
                    return ExitCodes.UserError;
                }

                if (!files.All(file => OutputFile.TryWriteText(Path.Combine(folder, file.Key), file.Value, output, error, $"the documents of {version.Info.Version} were not all written")))
                {
                    return ExitCodes.UserError;
                }

                output.WriteLine($"wrote {Path.Combine(folder, version.Info.Version)}.md, .html, .svg");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
