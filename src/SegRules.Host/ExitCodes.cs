namespace SegRules.Host;

/// <summary>What <c>segrules</c> exit codes mean, for scripts and schedulers.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The evaluation ran, and a finding at or above the <c>--fail-on</c> severity fired.</summary>
    public const int FindingsAtOrAbove = 1;

    /// <summary>The input (arguments, rule files, balances, database file) has problems; they were printed.</summary>
    public const int UserError = 2;

    /// <summary>
    /// SegRules itself failed (a bug, not a problem with the input): one line says what, without a
    /// stack trace; nothing was reported stored that is not. 70 is <c>EX_SOFTWARE</c> of sysexits.h.
    /// </summary>
    public const int InternalError = 70;
}
