using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>A node of a YAML document with the position it was read from.</summary>
/// <param name="Start">Where the node starts.</param>
public abstract record YamlNode(SourcePosition Start)
{
    /// <summary>What the node is, as a message names it ("a mapping", "a list", "text").</summary>
    public abstract string Description { get; }
}

/// <summary>A mapping (<c>key: value</c> pairs), keeping every entry in order, duplicates included.</summary>
public sealed record MappingNode(IReadOnlyList<KeyValuePair<ScalarNode, YamlNode>> Entries, SourcePosition Start) : YamlNode(Start)
{
    /// <inheritdoc />
    public override string Description => "a mapping";
}

/// <summary>A sequence (<c>- item</c> list).</summary>
public sealed record SequenceNode(IReadOnlyList<YamlNode> Items, SourcePosition Start) : YamlNode(Start)
{
    /// <inheritdoc />
    public override string Description => "a list";
}
