namespace SegRules.Tests.Support;

/// <summary>What every run of the real program must show, whatever its input.</summary>
public static class CliAssert
{
    /// <summary>No .NET stack trace line (<c>   at Namespace.Type.Method(</c>) and no unhandled exception.</summary>
    public static void NoStackTrace(CliProcess.Result result)
    {
        Assert.DoesNotMatch(@"(?m)^\s+at [\w.`<>\[\]]+\(", result.Error + result.Output);
        Assert.DoesNotContain("Unhandled exception", result.Error + result.Output, StringComparison.Ordinal);
    }
}
