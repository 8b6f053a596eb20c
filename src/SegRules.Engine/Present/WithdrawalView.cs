namespace SegRules.Engine.Present;

/// <summary>
/// A proposed withdrawal of residual interest from one pool, pro forma: the excess and the excess
/// over the management target after it, and whether the version's 25 % rule needs approval and notice
/// for it (null when the version has no withdrawal check for the pool).
/// </summary>
/// <param name="Pool">The pool.</param>
/// <param name="Withdrawal">The proposed withdrawal.</param>
/// <param name="ExcessBefore">The pool's excess on the statement (the prior day's excess for a withdrawal the next day).</param>
/// <param name="ExcessAfter">The excess after the withdrawal; below zero is a deficiency.</param>
/// <param name="OverTargetAfter">The excess over the management target after it; below zero is below target. Null without a target line.</param>
/// <param name="NeedsApproval">True when the rules' withdrawal check fires: pre-approval and notice are needed.</param>
/// <param name="Check">The check that decides it; null when the version has none for the pool.</param>
/// <param name="Message">What the check says, or why there is none.</param>
public sealed record WithdrawalView(
    string Pool,
    decimal Withdrawal,
    decimal ExcessBefore,
    decimal ExcessAfter,
    decimal? OverTargetAfter,
    bool? NeedsApproval,
    string? Check,
    string Message);
