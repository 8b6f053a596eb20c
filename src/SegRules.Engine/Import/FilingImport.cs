using SegRules.Engine.Balances;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>A filing read into balances: the inputs, targets and every filed figure, and the form version they were sorted by.</summary>
/// <param name="Balances">The balances: firm, as-of date (the End Date), targets, the input lines' figures under values, every coded figure under filed.</param>
/// <param name="Form">The form version in force on the End Date (or the one requested), which says which codes are inputs.</param>
/// <param name="Header">The filing's header fields as written.</param>
public sealed record FilingImport(BalancesFile Balances, FormDefinition Form, FilingHeader Header);
