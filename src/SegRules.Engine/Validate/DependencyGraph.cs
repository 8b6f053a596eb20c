using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>
/// The "reads" graph of a version's lines: finds every cycle (each reported once, as the whole loop)
/// and orders formula lines so each follows the lines it reads. Ties keep printed order, so the order
/// is stable from run to run.
/// </summary>
internal sealed class DependencyGraph
{
    private readonly IReadOnlyList<LineDefinition> _lines;
    private readonly Dictionary<LineKey, LineDefinition> _byKey;
    private readonly Dictionary<LineKey, int> _printedIndex;

    public DependencyGraph(IReadOnlyList<LineDefinition> lines)
    {
        _lines = lines;
        _byKey = lines.ToDictionary(l => l.Key);
        _printedIndex = lines.Select((l, i) => (l.Key, i)).ToDictionary(x => x.Key, x => x.i);
    }

    private IEnumerable<LineKey> Reads(LineKey key) =>
        (_byKey[key].Formula?.References ?? []).Where(_byKey.ContainsKey);

    /// <summary>Every cycle, each as the loop of lines it runs through (first line repeated at the end).</summary>
    public IReadOnlyList<IReadOnlyList<LineDefinition>> Cycles()
    {
        var cycles = new List<IReadOnlyList<LineDefinition>>();
        foreach (var component in StronglyConnectedComponents())
        {
            var first = component.MinBy(k => _printedIndex[k]);
            if (component.Count > 1 || Reads(first).Contains(first))
            {
                cycles.Add(LoopThrough(first, component.ToHashSet()).Select(k => _byKey[k]).ToArray());
            }
        }

        return cycles;
    }

    /// <summary>Formula lines in dependency order; meaningful only for a graph without cycles.</summary>
    public IReadOnlyList<LineDefinition> EvaluationOrder()
    {
        var order = new List<LineDefinition>();
        var done = new HashSet<LineKey>();
        foreach (var line in _lines)
        {
            Visit(line.Key);
        }

        return order;

        void Visit(LineKey key)
        {
            if (!done.Add(key))
            {
                return;
            }

            foreach (var read in Reads(key))
            {
                Visit(read);
            }

            if (_byKey[key].Kind == LineKind.Formula)
            {
                order.Add(_byKey[key]);
            }
        }
    }

    /// <summary>The shortest loop from <paramref name="start"/> back to itself inside its component.</summary>
    private List<LineKey> LoopThrough(LineKey start, HashSet<LineKey> component)
    {
        var previous = new Dictionary<LineKey, LineKey>();
        var queue = new Queue<LineKey>([start]);
        while (queue.Count > 0)
        {
            var key = queue.Dequeue();
            foreach (var next in Reads(key).Where(component.Contains))
            {
                if (next == start)
                {
                    var path = new List<LineKey>();
                    for (var at = key; at != start; at = previous[at])
                    {
                        path.Add(at);
                    }

                    path.Add(start);
                    path.Reverse();
                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(next, key))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [start, start];
    }

    private List<List<LineKey>> StronglyConnectedComponents()
    {
        // Tarjan's algorithm, iterative so a long chain of references cannot exhaust the stack.
        var index = new Dictionary<LineKey, int>();
        var lowLink = new Dictionary<LineKey, int>();
        var onStack = new HashSet<LineKey>();
        var stack = new Stack<LineKey>();
        var components = new List<List<LineKey>>();
        var work = new Stack<(LineKey Key, IEnumerator<LineKey> Next)>();

        foreach (var root in _lines.Select(l => l.Key).Where(k => !index.ContainsKey(k)))
        {
            Open(root);
            while (work.Count > 0)
            {
                var (key, next) = work.Peek();
                if (next.MoveNext())
                {
                    var child = next.Current;
                    if (!index.ContainsKey(child))
                    {
                        Open(child);
                    }
                    else if (onStack.Contains(child))
                    {
                        lowLink[key] = Math.Min(lowLink[key], index[child]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Key;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[key]);
                }

                if (lowLink[key] == index[key])
                {
                    components.Add(PopComponent(key));
                }
            }
        }

        return components;

        void Open(LineKey key)
        {
            index[key] = lowLink[key] = index.Count;
            stack.Push(key);
            onStack.Add(key);
            work.Push((key, Reads(key).GetEnumerator()));
        }

        List<LineKey> PopComponent(LineKey root)
        {
            var component = new List<LineKey>();
            LineKey member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != root);
            return component;
        }
    }
}
