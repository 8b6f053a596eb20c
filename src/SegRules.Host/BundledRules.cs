namespace SegRules.Host;

/// <summary>Finds the rule sets shipped with the program, so it works from any working folder.</summary>
public static class BundledRules
{
    /// <summary>The <c>rules</c> folder next to the program.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "rules");
}
