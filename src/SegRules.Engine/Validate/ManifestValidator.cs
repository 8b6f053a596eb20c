using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>Checks a manifest's values and turns them into <see cref="FormVersionInfo"/>.</summary>
internal static class ManifestValidator
{
    public static FormVersionInfo? Validate(ManifestSyntax manifest, DiagnosticBag diagnostics)
    {
        var ok = true;
        if (manifest.Form is { } form && !IsSlug(form.Value))
        {
            diagnostics.Report(form.Start, DiagnosticCatalog.InvalidValue, form.Value, "form id", "use lower-case letters, digits and '-', e.g. daily-seg");
            ok = false;
        }

        if (manifest.Version is { } version && !IsSlug(version.Value))
        {
            diagnostics.Report(version.Start, DiagnosticCatalog.InvalidValue, version.Value, "version id", "use lower-case letters, digits, '.' and '-', e.g. 2012-11-30");
            ok = false;
        }

        if (manifest is { EffectiveFrom: { } from, EffectiveTo: { } to } && to < from)
        {
            diagnostics.Report(manifest.Start, DiagnosticCatalog.EffectivePeriod, to.ToString("yyyy-MM-dd"), from.ToString("yyyy-MM-dd"));
            ok = false;
        }

        if (!ok || manifest.Form is null || manifest.Version is null || manifest.Title is null || manifest.EffectiveFrom is null)
        {
            return null;
        }

        return new FormVersionInfo(manifest.Form.Value, manifest.Version.Value, manifest.Title.Value,
            manifest.EffectiveFrom.Value, manifest.EffectiveTo, manifest.Citations, manifest.Assumptions)
        {
            Sources = manifest.Sources
                .Where(s => s.Document is not null)
                .Select(s => new VersionSource(s.Document!.Value.Trim(), s.Reference?.Value.Trim(), s.Effective, s.Note?.Value))
                .ToArray(),
        };
    }

    private static bool IsSlug(string text) =>
        text.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(text[0])
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.');
}
