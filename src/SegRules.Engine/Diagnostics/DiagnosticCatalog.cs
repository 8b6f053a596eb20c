namespace SegRules.Engine.Diagnostics;

/// <summary>
/// Every diagnostic SegRules reports. Ids are grouped by stage: SR1xxx reading YAML, SR2xxx rule set
/// structure, SR3xxx formulas, SR4xxx compiling and evaluating, SR5xxx balances files, SR6xxx stored
/// evaluations; SR7xxx are grouped by the part that added them (SR71xx: limits on hostile input, such as
/// characters and hidden text in formulas, nesting and sizes; SR73xx: signs of figures).
/// docs/diagnostics.md lists them with what to do.
/// </summary>
public static class DiagnosticCatalog
{
    // Reading YAML.

    /// <summary>The file is not well-formed YAML.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = new("SR1001", "YAML syntax error", "YAML syntax error: {0}");

    /// <summary>A mapping has a key the schema does not know (usually a typo).</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("SR1002", "Unknown key", "unknown key '{0}' in {1}{2}; allowed keys: {3}");

    /// <summary>A value has the wrong YAML shape or type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new("SR1003", "Wrong type", "'{0}' must be {1}, not {2}");

    /// <summary>A required key is absent.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new("SR1004", "Missing key", "{0} has no '{1}': add it ({2})");

    /// <summary>A key appears twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("SR1005", "Duplicate key", "'{0}' is given twice (first at line {1}, column {2}); keep one");

    /// <summary>A file cannot be read.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable = new("SR1006", "File not readable", "cannot read {0}: {1}");

    /// <summary>A value is of the right type but not one of the allowed values.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new("SR1007", "Invalid value", "'{0}' is not a valid {1}: {2}");

    /// <summary>A YAML alias or anchor was used where plain data is expected.</summary>
    public static readonly DiagnosticDescriptor AliasNotAllowed = new("SR1008", "Alias not allowed", "YAML anchors and aliases are not allowed here: write the value out");

    // Rule set structure.

    /// <summary>Two lines share a code or id.</summary>
    public static readonly DiagnosticDescriptor DuplicateLine = new("SR2001", "Duplicate line", "line {0} is defined twice (first at {1}); codes and ids must be unique across all pages");

    /// <summary>A formula or target names a line that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownLine = new("SR2002", "Unknown line reference", "{0} refers to line {1}, which no page defines{2}");

    /// <summary>Formulas refer to each other in a circle.</summary>
    public static readonly DiagnosticDescriptor Cycle = new("SR2003", "Cycle", "lines refer to each other in a cycle: {0}; break the cycle");

    /// <summary>An input line has a formula.</summary>
    public static readonly DiagnosticDescriptor FormulaOnInput = new("SR2004", "Formula on input line", "line {0} is an input but has a formula: remove the formula or make it kind: formula");

    /// <summary>A formula line has no formula.</summary>
    public static readonly DiagnosticDescriptor MissingFormula = new("SR2005", "Missing formula", "line {0} is kind: formula but has no formula: add one or make it kind: input");

    /// <summary>A line has no label, or an empty one.</summary>
    public static readonly DiagnosticDescriptor MissingLabel = new("SR2006", "Missing label", "line {0} has no label: add the form's wording for the line");

    /// <summary>A line has neither a code nor an id, or both.</summary>
    public static readonly DiagnosticDescriptor LineIdentity = new("SR2007", "Line identity", "a line needs exactly one of 'code' (the form's code) or 'id' (a stable snake_case id where the form prints none){0}");

    /// <summary>A code or id is not of the allowed shape.</summary>
    public static readonly DiagnosticDescriptor MalformedKey = new("SR2008", "Malformed code or id", "'{0}' is not a valid {1}: a code is 1 to 6 digits, an id is lower snake_case starting with a letter");

    /// <summary>A default on a formula line, where it would never be used.</summary>
    public static readonly DiagnosticDescriptor DefaultOnFormula = new("SR2009", "Default on formula line", "line {0} is a formula line; only input lines take a default");

    /// <summary>A target choice names a line that is not an input.</summary>
    public static readonly DiagnosticDescriptor TargetLineNotInput = new("SR2010", "Target line not an input", "target '{0}' choice {1} writes to line {2}, which is not an input line");

    /// <summary>An effective period ends before it starts.</summary>
    public static readonly DiagnosticDescriptor EffectivePeriod = new("SR2011", "Effective period", "effective_to {0} is before effective_from {1}");

    /// <summary>A pool has two targets.</summary>
    public static readonly DiagnosticDescriptor DuplicateTarget = new("SR2012", "Duplicate target", "pool '{0}' has a residual interest target already; give each pool one");

    /// <summary>Two versions of a form claim the same id or overlapping dates.</summary>
    public static readonly DiagnosticDescriptor VersionConflict = new("SR2013", "Version conflict", "versions conflict: {0}");

    /// <summary>A page file is listed twice or a page id is repeated.</summary>
    public static readonly DiagnosticDescriptor DuplicatePage = new("SR2014", "Duplicate page", "page '{0}' is listed twice");

    /// <summary>A formula reads something it may not (a line reading a check or a supplemental figure).</summary>
    public static readonly DiagnosticDescriptor ReferenceNotAllowed = new("SR2015", "Reference not allowed", "{0} cannot read {1}: {2}");

    // Formulas.

    /// <summary>The formula uses syntax outside the allow-list.</summary>
    public static readonly DiagnosticDescriptor SyntaxNotAllowed = new("SR3001", "Syntax not allowed", "{0} is not allowed in a formula: {1}");

    /// <summary>The formula calls a function outside the function set.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = new("SR3002", "Unknown function", "'{0}' is not a formula function; the functions are {1}");

    /// <summary>A function is called with the wrong arguments.</summary>
    public static readonly DiagnosticDescriptor BadArguments = new("SR3003", "Bad arguments", "wrong arguments: {0}");

    /// <summary>A number is used where a truth value is needed, or the other way round.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = new("SR3004", "Type mismatch", "type mismatch: {0}");

    /// <summary>The formula is not a well-formed expression.</summary>
    public static readonly DiagnosticDescriptor FormulaSyntax = new("SR3005", "Formula syntax error", "formula syntax error: {0}");

    /// <summary>The formula exceeds the length or nesting limits.</summary>
    public static readonly DiagnosticDescriptor FormulaTooComplex = new("SR3006", "Formula too complex", "formula too complex: {0}");

    /// <summary>A numeric literal cannot be held exactly as a decimal.</summary>
    public static readonly DiagnosticDescriptor BadNumber = new("SR3007", "Bad number", "'{0}' is not a decimal number a formula can use: {1}");

    /// <summary>A bare name where a line reference was probably meant.</summary>
    public static readonly DiagnosticDescriptor BareName = new("SR3008", "Bare name", "'{0}' is not a line reference: write [{0}] to read a line");

    /// <summary>A check's message template is malformed.</summary>
    public static readonly DiagnosticDescriptor BadTemplate = new("SR3009", "Bad message template", "bad message template: {0}");

    // Compiling and evaluating.

    /// <summary>Roslyn rejected the generated code (a SegRules bug, reported at the formula it came from).</summary>
    public static readonly DiagnosticDescriptor CompilerError = new("SR4001", "Compiler error", "the compiler rejected this formula: {0}");

    /// <summary>Arithmetic failed while computing a line (division by zero, overflow).</summary>
    public static readonly DiagnosticDescriptor ArithmeticError = new("SR4002", "Arithmetic error", "{0} could not be computed: {1}");

    // Balances files.

    /// <summary>A figure is not a number.</summary>
    public static readonly DiagnosticDescriptor NotANumber = new("SR5001", "Not a number", "'{0}' for {1} is not a number: write digits with an optional sign and decimal point, e.g. -317239096 or 1234.56");

    /// <summary>A figure has more than two decimal places.</summary>
    public static readonly DiagnosticDescriptor TooManyDecimals = new("SR5002", "Too many decimals", "'{0}' for {1} has more than two decimal places: figures are dollars and cents");

    /// <summary>A code the form version does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownCode = new("SR5003", "Unknown code", "{0} is not a line of {1}{2}");

    /// <summary>A computed line given as an input.</summary>
    public static readonly DiagnosticDescriptor ComputedLineGiven = new("SR5004", "Computed line given", "{0} ({1}) is computed by the rules ({2}), not an input: remove it from values");

    /// <summary>Inputs without a default are absent.</summary>
    public static readonly DiagnosticDescriptor MissingInputs = new("SR5005", "Missing inputs", "{0} input line(s) of {1} have no figure: {2}; add them under values (a blank line of a filing is 0)");

    /// <summary>A target of a kind the cover page does not offer.</summary>
    public static readonly DiagnosticDescriptor UnknownTargetKind = new("SR5007", "Unknown target kind", "'{0}' is not a residual interest target choice; use one of {1}");

    /// <summary>No rule version covers the as-of date.</summary>
    public static readonly DiagnosticDescriptor NoVersionCovers = new("SR5008", "No version covers date", "no version of {0} is in force on {1}; versions: {2}");

    /// <summary>A form no rule set defines.</summary>
    public static readonly DiagnosticDescriptor UnknownForm = new("SR5009", "Unknown form", "form '{0}' has no rules in {1}; forms: {2}");

    /// <summary>A target for a pool the form version does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownPool = new("SR5010", "Unknown pool", "'{0}' is not a pool with a residual interest target in {1}; pools: {2}");

    /// <summary>A target whose figures cannot be right.</summary>
    public static readonly DiagnosticDescriptor BadTarget = new("SR5011", "Bad target", "unusable residual interest target: {0}");

    /// <summary>A pool's target is absent.</summary>
    public static readonly DiagnosticDescriptor MissingTarget = new("SR5012", "Missing target", "no residual interest target for pool '{0}': {1} requires one under targets ({2})");

    /// <summary>A requested rules version does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownVersion = new("SR5013", "Unknown version", "{0} has no version '{1}'; versions: {2}");

    /// <summary>No rules were found where they were looked for.</summary>
    public static readonly DiagnosticDescriptor NoRules = new("SR5014", "No rules", "no rule set found in {0}: expected FORM/VERSION/manifest.yaml below it");

    /// <summary>A filing prints a code that the form has, but not in the version in force on its End Date.</summary>
    public static readonly DiagnosticDescriptor CodeNotInVersion = new("SR5015", "Code not in version", "[{0}] is not a line of {1} version {2}, the version for {3}; it is a line of version {4}: check the End Date, or name the version with --rules-version");

    /// <summary>A filing gives two different figures for one code, or two different values for one header field.</summary>
    public static readonly DiagnosticDescriptor FilingContradiction = new("SR5016", "Filing contradicts itself", "{0} reads {1} here but {2} at line {3}, column {4}: the filing contradicts itself; correct the text so both agree");

    /// <summary>The text just before a code in a filing is not a figure.</summary>
    public static readonly DiagnosticDescriptor UnreadableFigure = new("SR5017", "Unreadable figure", "the figure before [{0}] reads '{1}', which is not a figure: a filing writes it just before the code, as 1,234,567, -317,239,096, (317,239,096), 172,358,248.45 or <u>o</u> for 0");

    /// <summary>A filing lacks something every filing has (End Date, Firm Name, coded figures).</summary>
    public static readonly DiagnosticDescriptor IncompleteFiling = new("SR5018", "Incomplete filing", "the filing has no {0}: {1}");

    /// <summary>Something in brackets in a filing looks like a line code but is not one.</summary>
    public static readonly DiagnosticDescriptor UnreadableCode = new("SR5019", "Unreadable code", "'{0}' is not a line code: codes are digits in brackets, e.g. [7010]; correct the text");

    /// <summary>A CSV or Excel balances table cannot be read as one (quoting, missing columns, no sheet).</summary>
    public static readonly DiagnosticDescriptor MalformedTable = new("SR5020", "Malformed table", "not a readable balances table: {0}");

    // Signs of figures (part 10a's range, SR73xx).

    /// <summary>A balances file gives a figure with a sign the form never prints the line with.</summary>
    public static readonly DiagnosticDescriptor WrongSign = new("SR7301", "Wrong sign", "{0} is a deduction: write {1} ({2}: the form prints it as a negative figure and adds it)");

    // Stored evaluations.

    /// <summary>A stored evaluation names a rule set whose snapshot the database does not hold.</summary>
    public static readonly DiagnosticDescriptor SnapshotMissing = new("SR6001", "Rule set snapshot missing", "the rule set {0} that evaluation {1} ran on is not in the database: the record cannot be shown or reproduced");

    /// <summary>A stored rule set's text no longer hashes to its id, or does not describe the record's version.</summary>
    public static readonly DiagnosticDescriptor SnapshotAltered = new("SR6002", "Rule set snapshot altered", "the stored rule set {0} {1}: the database was altered or damaged");

    /// <summary>A stored evaluation does not fit the rule set it names.</summary>
    public static readonly DiagnosticDescriptor RecordDamaged = new("SR6003", "Stored evaluation damaged", "evaluation {0} does not fit its rule set: {1}");

    // Hostile input: what formulas may hold besides their tokens, and limits on size and nesting.

    /// <summary>A formula holds a character outside printable ASCII, space, tab and line break (a bidirectional control, a zero-width or unusual space, a control character).</summary>
    public static readonly DiagnosticDescriptor CharacterNotAllowed = new("SR7101", "Character not allowed in formula", "{0} is not allowed in a formula: formulas are written in printable ASCII, spaces, tabs and line breaks; delete it (it may be invisible, e.g. copied from a document)");

    /// <summary>A formula holds text the allow-list never sees: a comment, a preprocessor directive, disabled text, an escaped name.</summary>
    public static readonly DiagnosticDescriptor HiddenFormulaText = new("SR7102", "Hidden text in formula", "{0} is not allowed in a formula: what a formula shows must be exactly what runs; {1}");

    /// <summary>A YAML or JSON document nests deeper than the limit.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("SR7103", "Nesting too deep", "the document nests deeper than {0} levels here: rule and balances files need only a few; flatten it");

    /// <summary>An Excel workbook unpacks to more data, rows or cells than the limit (e.g. a zip bomb).</summary>
    public static readonly DiagnosticDescriptor WorkbookTooLarge = new("SR7104", "Workbook too large", "{0}: a balances sheet needs a few hundred rows; save only the balances sheet, or use CSV");

    /// <summary>A figure's text is longer than any figure can be.</summary>
    public static readonly DiagnosticDescriptor FigureTooLong = new("SR7105", "Figure too long", "the figure for {0} is {1:N0} characters long; a figure has at most {2} characters (a decimal holds 28 digits)");

    // Statements held (holiday filings).

    /// <summary>A balances file lists a statement the form does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownStatement = new("SR7401", "Unknown statement", "'{0}' is not a statement of {1}; statements: {2}");

    /// <summary>A balances file gives a figure or target of a statement it does not list under statements.</summary>
    public static readonly DiagnosticDescriptor StatementNotHeld = new("SR7402", "Statement not held", "{0} belongs to the {1} statement, which 'statements' does not list (it lists {2}): remove it, or add {1} to statements");

    /// <summary>A balances file's statements list is empty.</summary>
    public static readonly DiagnosticDescriptor NoStatements = new("SR7403", "No statements", "'statements' lists no statement: list those the file holds ({0}), or leave it out for all");

    // Rule authors' lint (segrules rules lint): the rules work, but something is likely wrong or unfinished.

    /// <summary>A line that no formula or check reads and that the form does not print.</summary>
    public static readonly DiagnosticDescriptor UnusedLine = new("SR7701", "Unused line", "{0} is read by no formula or check and not printed on the form: remove it, or use it", DiagnosticLevel.Warning);

    /// <summary>A check that fires on none of its version's regression cases.</summary>
    public static readonly DiagnosticDescriptor CheckNeverFires = new("SR7702", "Check never fires", "check {0} fires on none of the version's {1} regression case(s): add a case where it fires, or correct its condition", DiagnosticLevel.Warning);

    /// <summary>A check that fires on every one of its version's regression cases.</summary>
    public static readonly DiagnosticDescriptor CheckAlwaysFires = new("SR7703", "Check always fires", "check {0} fires on every one of the version's {1} regression case(s) that evaluate it: add a case where it holds, or correct its condition", DiagnosticLevel.Warning);

    /// <summary>A line or check that cites no source (nor does its page).</summary>
    public static readonly DiagnosticDescriptor MissingCitation = new("SR7704", "Missing citation", "{0} cites no source and neither does its page: add a citation (authority, document, section)", DiagnosticLevel.Warning);

    /// <summary>A code whose label differs from the previous version's, with no lineage entry saying so.</summary>
    public static readonly DiagnosticDescriptor LabelChanged = new("SR7705", "Label changed without lineage", "{0} was labelled '{1}' in version {2}: if the form changed the line, declare it in the version's lineage.yaml (relabelled, renumbered, split, merged); if not, restore the label", DiagnosticLevel.Warning);

    /// <summary>A number in a formula that the line's or check's wording does not name.</summary>
    public static readonly DiagnosticDescriptor UnnamedConstant = new("SR7706", "Unnamed constant", "the constant {0} in {1} is not named in its label, title, note or message: say what it is (e.g. '25%' in the title) or compute it from a line", DiagnosticLevel.Warning);

    /// <summary>A cited source takes effect after the version does.</summary>
    public static readonly DiagnosticDescriptor CitationNotYetEffective = new("SR7707", "Citation not yet in effect", "{0} cites {1}, effective {2}, after the version takes effect on {3}: cite the source in force then, or correct the effective date", DiagnosticLevel.Warning);

    /// <summary>A lineage entry that names a line neither version has, or is malformed.</summary>
    public static readonly DiagnosticDescriptor BadLineage = new("SR7708", "Bad lineage entry", "lineage entry: {0}");

    /// <summary>A version whose regression cases do not exercise a formula line or a check both ways.</summary>
    public static readonly DiagnosticDescriptor NotCovered = new("SR7709", "Not covered by cases", "{0} is not exercised by the version's regression cases ({1}): add a case under tests/ that {2}", DiagnosticLevel.Info);
}
