namespace SegRules.Host;

/// <summary>Where evaluations are stored when no <c>--db</c> is given: the user's data folder.</summary>
public static class DefaultDatabase
{
    /// <summary>The default LiteDB file, e.g. <c>~/.local/share/segrules/segrules.db</c> on Linux.</summary>
    public static string Path => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "segrules", "segrules.db");
}
