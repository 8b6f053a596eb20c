using System.Text.Json.Serialization;

namespace SegRules.Engine.Present;

/// <summary>
/// The JSON contracts of the views the command line prints most, generated at build time, so a
/// one-file <c>evaluate --format json</c> does not first build them by reflection (a third of its
/// time before). <see cref="ViewJson.Options"/> uses them and falls back to reflection for the rest;
/// the names, order and values written are the same either way.
/// </summary>
[JsonSerializable(typeof(StatementView))]
[JsonSerializable(typeof(HistoryView[]))]
[JsonSerializable(typeof(ExplainView))]
[JsonSerializable(typeof(ReplayView))]
[JsonSerializable(typeof(ReconcileView))]
[JsonSerializable(typeof(RuleVersionView[]))]
[JsonSerializable(typeof(RuleSetView))]
[JsonSerializable(typeof(WhatIfView))]
[JsonSerializable(typeof(ProblemView))]
internal sealed partial class ViewJsonContext : JsonSerializerContext;
