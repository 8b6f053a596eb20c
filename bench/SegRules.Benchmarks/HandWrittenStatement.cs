using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Benchmarks;

/// <summary>
/// The daily-seg 2014-11-14 statement written directly in C#, with constant slots on the same value
/// array the compiled evaluator uses: the baseline compiled evaluation is measured against.
/// </summary>
public static class HandWrittenStatement
{
    private const int SegTargetAmount = 0;
    private const int SegTargetPercent = 1;
    private const int SegTargetAmountLow = 2;
    private const int SegTargetAmountHigh = 3;
    private const int SegTargetPercentLow = 4;
    private const int SegTargetPercentHigh = 5;
    private const int SecuredTargetAmount = 6;
    private const int SecuredTargetPercent = 7;
    private const int SecuredTargetAmountLow = 8;
    private const int SecuredTargetAmountHigh = 9;
    private const int SecuredTargetPercentLow = 10;
    private const int SecuredTargetPercentHigh = 11;
    private const int SwapsTargetAmount = 12;
    private const int SwapsTargetPercent = 13;
    private const int SwapsTargetAmountLow = 14;
    private const int SwapsTargetAmountHigh = 15;
    private const int SwapsTargetPercentLow = 16;
    private const int SwapsTargetPercentHigh = 17;
    private const int L7010 = 18;
    private const int L7020 = 19;
    private const int L7030 = 20;
    private const int L7032 = 21;
    private const int L7033 = 22;
    private const int L7040 = 23;
    private const int L7045 = 24;
    private const int L7047 = 25;
    private const int L7050 = 26;
    private const int L7060 = 27;
    private const int L7070 = 28;
    private const int L7080 = 29;
    private const int L7090 = 30;
    private const int L7100 = 31;
    private const int L7110 = 32;
    private const int L7120 = 33;
    private const int L7130 = 34;
    private const int L7132 = 35;
    private const int L7133 = 36;
    private const int L7140 = 37;
    private const int L7160 = 38;
    private const int L7170 = 39;
    private const int L7150 = 40;
    private const int L7180 = 41;
    private const int L7190 = 42;
    private const int L7194 = 43;
    private const int L7198 = 44;
    private const int L7305 = 45;
    private const int L7315 = 46;
    private const int L7317 = 47;
    private const int L7325 = 48;
    private const int L7335 = 49;
    private const int L7337 = 50;
    private const int L7345 = 51;
    private const int L7351 = 52;
    private const int L7352 = 53;
    private const int L7354 = 54;
    private const int L7355 = 55;
    private const int L7360 = 56;
    private const int L7500 = 57;
    private const int L7520 = 58;
    private const int L7530 = 59;
    private const int L7540 = 60;
    private const int L7560 = 61;
    private const int L7570 = 62;
    private const int L7580 = 63;
    private const int L7590 = 64;
    private const int L7600 = 65;
    private const int L7610 = 66;
    private const int L7615 = 67;
    private const int L7620 = 68;
    private const int L7640 = 69;
    private const int L7650 = 70;
    private const int L7660 = 71;
    private const int L7670 = 72;
    private const int L7675 = 73;
    private const int L7680 = 74;
    private const int L7700 = 75;
    private const int L7710 = 76;
    private const int L7720 = 77;
    private const int L7730 = 78;
    private const int L7735 = 79;
    private const int L7740 = 80;
    private const int L7760 = 81;
    private const int L7765 = 82;
    private const int L7770 = 83;
    private const int L7380 = 84;
    private const int L7780 = 85;
    private const int L7785 = 86;
    private const int L8500 = 87;
    private const int L8510 = 88;
    private const int L8520 = 89;
    private const int L8530 = 90;
    private const int L8540 = 91;
    private const int L8550 = 92;
    private const int L8560 = 93;
    private const int L8570 = 94;
    private const int L8580 = 95;
    private const int L8590 = 96;
    private const int L8600 = 97;
    private const int L8610 = 98;
    private const int L8620 = 99;
    private const int L8630 = 100;
    private const int L8640 = 101;
    private const int L8650 = 102;
    private const int L8660 = 103;
    private const int L8670 = 104;
    private const int L8680 = 105;
    private const int L8690 = 106;
    private const int L8700 = 107;
    private const int L8710 = 108;
    private const int SwapsFundsOnHandCash = 109;
    private const int SwapsFundsOnHandInvestments = 110;
    private const int SwapsFundsOnHandInLieu = 111;
    private const int L8720 = 112;
    private const int L8730 = 113;
    private const int L8760 = 114;
    private const int L8770 = 115;

    private static readonly (string Key, int Slot)[] Slots =
    [
        ("seg_target_amount", SegTargetAmount),
        ("seg_target_percent", SegTargetPercent),
        ("seg_target_amount_low", SegTargetAmountLow),
        ("seg_target_amount_high", SegTargetAmountHigh),
        ("seg_target_percent_low", SegTargetPercentLow),
        ("seg_target_percent_high", SegTargetPercentHigh),
        ("secured_target_amount", SecuredTargetAmount),
        ("secured_target_percent", SecuredTargetPercent),
        ("secured_target_amount_low", SecuredTargetAmountLow),
        ("secured_target_amount_high", SecuredTargetAmountHigh),
        ("secured_target_percent_low", SecuredTargetPercentLow),
        ("secured_target_percent_high", SecuredTargetPercentHigh),
        ("swaps_target_amount", SwapsTargetAmount),
        ("swaps_target_percent", SwapsTargetPercent),
        ("swaps_target_amount_low", SwapsTargetAmountLow),
        ("swaps_target_amount_high", SwapsTargetAmountHigh),
        ("swaps_target_percent_low", SwapsTargetPercentLow),
        ("swaps_target_percent_high", SwapsTargetPercentHigh),
        ("7010", L7010),
        ("7020", L7020),
        ("7030", L7030),
        ("7032", L7032),
        ("7033", L7033),
        ("7040", L7040),
        ("7045", L7045),
        ("7047", L7047),
        ("7050", L7050),
        ("7060", L7060),
        ("7070", L7070),
        ("7080", L7080),
        ("7090", L7090),
        ("7100", L7100),
        ("7110", L7110),
        ("7120", L7120),
        ("7130", L7130),
        ("7132", L7132),
        ("7133", L7133),
        ("7140", L7140),
        ("7160", L7160),
        ("7170", L7170),
        ("7150", L7150),
        ("7180", L7180),
        ("7190", L7190),
        ("7194", L7194),
        ("7198", L7198),
        ("7305", L7305),
        ("7315", L7315),
        ("7317", L7317),
        ("7325", L7325),
        ("7335", L7335),
        ("7337", L7337),
        ("7345", L7345),
        ("7351", L7351),
        ("7352", L7352),
        ("7354", L7354),
        ("7355", L7355),
        ("7360", L7360),
        ("7500", L7500),
        ("7520", L7520),
        ("7530", L7530),
        ("7540", L7540),
        ("7560", L7560),
        ("7570", L7570),
        ("7580", L7580),
        ("7590", L7590),
        ("7600", L7600),
        ("7610", L7610),
        ("7615", L7615),
        ("7620", L7620),
        ("7640", L7640),
        ("7650", L7650),
        ("7660", L7660),
        ("7670", L7670),
        ("7675", L7675),
        ("7680", L7680),
        ("7700", L7700),
        ("7710", L7710),
        ("7720", L7720),
        ("7730", L7730),
        ("7735", L7735),
        ("7740", L7740),
        ("7760", L7760),
        ("7765", L7765),
        ("7770", L7770),
        ("7380", L7380),
        ("7780", L7780),
        ("7785", L7785),
        ("8500", L8500),
        ("8510", L8510),
        ("8520", L8520),
        ("8530", L8530),
        ("8540", L8540),
        ("8550", L8550),
        ("8560", L8560),
        ("8570", L8570),
        ("8580", L8580),
        ("8590", L8590),
        ("8600", L8600),
        ("8610", L8610),
        ("8620", L8620),
        ("8630", L8630),
        ("8640", L8640),
        ("8650", L8650),
        ("8660", L8660),
        ("8670", L8670),
        ("8680", L8680),
        ("8690", L8690),
        ("8700", L8700),
        ("8710", L8710),
        ("swaps_funds_on_hand_cash", SwapsFundsOnHandCash),
        ("swaps_funds_on_hand_investments", SwapsFundsOnHandInvestments),
        ("swaps_funds_on_hand_in_lieu", SwapsFundsOnHandInLieu),
        ("8720", L8720),
        ("8730", L8730),
        ("8760", L8760),
        ("8770", L8770),
    ];

    // The checks that need no supplemental or filed figure, by id; their outcome slots are looked up
    // once, in EnsureMatches, because check slots follow the rule set's check order.
    private static readonly string[] CheckIds =
    [
        "seg_deficiency", "seg_below_target", "seg_offset_above_deficit",
        "secured_deficiency", "secured_below_target", "secured_foreign_requirement_governs", "secured_offset_above_deficit",
        "swaps_deficiency", "swaps_below_target", "swaps_offset_above_deficit",
    ];

    private static int[] _checkSlots = [];

    /// <summary>Fails when the rule set's layout no longer matches the constants above.</summary>
    public static void EnsureMatches(SlotLayout layout)
    {
        _checkSlots = CheckIds.Select(id => layout.CheckSlot(new LineKey(id))).ToArray();
        foreach (var (key, slot) in Slots)
        {
            if (layout[new LineKey(key)] != slot)
            {
                throw new InvalidOperationException($"line {key} is in slot {layout[new LineKey(key)]}, not {slot}: update HandWrittenStatement");
            }
        }
    }

    /// <summary>The checks that need no supplemental or filed figure; true where a check fires (slots from <see cref="EnsureMatches"/>).</summary>
    public static void EvaluateChecks(decimal[] v, bool[] fired)
    {
        var slot = _checkSlots;
        fired[slot[0]] = v[L7190] < 0;
        fired[slot[1]] = !fired[slot[0]] && v[L7198] < 0;
        fired[slot[2]] = Math.Abs(v[L7047]) > v[L7045];
        fired[slot[3]] = v[L7380] < 0;
        fired[slot[4]] = !fired[slot[3]] && v[L7785] < 0;
        fired[slot[5]] = v[L7305] > v[L7355];
        fired[slot[6]] = Math.Abs(v[L7352]) > v[L7351];
        fired[slot[7]] = v[L8730] < 0;
        fired[slot[8]] = !fired[slot[7]] && v[L8770] < 0;
        fired[slot[9]] = Math.Abs(v[L8570]) > v[L8560];
    }

    /// <summary>Computes every formula line of the statement in place.</summary>
    public static void Evaluate(decimal[] v)
    {
        v[L7040] = v[L7010] + v[L7020] + v[L7030] + v[L7032] + v[L7033];
        v[L7050] = v[L7045] + v[L7047];
        v[L7060] = v[L7040] + v[L7050];
        v[L7180] = v[L7070] + v[L7080] + v[L7090] + v[L7100] + v[L7110] + v[L7120] + v[L7130] + v[L7132] + v[L7133] + v[L7140] + v[L7160] + v[L7170] + v[L7150];
        v[L7190] = v[L7180] - v[L7060];
        v[L7194] = Math.Round(v[SegTargetAmount] + v[SegTargetAmountLow] + v[L7060] * (v[SegTargetPercent] + v[SegTargetPercentLow]) / 100, 0, MidpointRounding.AwayFromZero);
        v[L7198] = v[L7190] - v[L7194];
        v[L7345] = v[L7315] + v[L7317] + v[L7325] + v[L7335] + v[L7337];
        v[L7354] = v[L7351] + v[L7352];
        v[L7355] = v[L7345] + v[L7354];
        v[L7360] = Math.Max(v[L7305], v[L7355]);
        v[L7530] = v[L7500] + v[L7520];
        v[L7570] = v[L7540] + v[L7560];
        v[L7620] = v[L7580] + v[L7590] + v[L7600] + v[L7610] + v[L7615];
        v[L7680] = v[L7640] + v[L7650] + v[L7660] + v[L7670] + v[L7675];
        v[L7740] = v[L7700] + v[L7710] + v[L7720] + v[L7730] + v[L7735];
        v[L7770] = v[L7530] + v[L7570] + v[L7620] + v[L7680] + v[L7740] + v[L7760] + v[L7765];
        v[L7380] = v[L7770] - v[L7360];
        v[L7780] = Math.Round(v[SecuredTargetAmount] + v[SecuredTargetAmountLow] + v[L7360] * (v[SecuredTargetPercent] + v[SecuredTargetPercentLow]) / 100, 0, MidpointRounding.AwayFromZero);
        v[L7785] = v[L7380] - v[L7780];
        v[L8550] = v[L8500] + v[L8510] + v[L8520] + v[L8530] + v[L8540];
        v[L8580] = v[L8560] + v[L8570];
        v[L8590] = v[L8550] + v[L8580];
        v[L8720] = v[L8600] + v[L8610] + v[L8620] + v[L8630] + v[L8640] + v[L8650] + v[L8660] + v[L8670] + v[L8680] + v[L8690] + v[L8700] + v[L8710] + v[SwapsFundsOnHandCash] + v[SwapsFundsOnHandInvestments] + v[SwapsFundsOnHandInLieu];
        v[L8730] = v[L8720] - v[L8590];
        v[L8760] = Math.Round(v[SwapsTargetAmount] + v[SwapsTargetAmountLow] + v[L8590] * (v[SwapsTargetPercent] + v[SwapsTargetPercentLow]) / 100, 0, MidpointRounding.AwayFromZero);
        v[L8770] = v[L8730] - v[L8760];
    }
}
