using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>The "reads" graph of a version's lines: formula lines in dependency order, and any cycles.</summary>
internal sealed class DependencyGraph(IReadOnlyList<LineDefinition> lines)
    : DependencyGraph<LineDefinition>(lines, l => l.Key, l => l.Formula?.References ?? [], l => l.Kind == LineKind.Formula);

/// <summary>
/// A "reads" graph over named nodes (lines, or checks): finds every cycle (each reported once, as the
/// whole loop) and orders the computed nodes so each follows what it reads. Ties keep declaration
/// order, so the order is stable from run to run. References to names outside the graph are ignored.
/// </summary>
internal class DependencyGraph<TNode>
{
    private readonly IReadOnlyList<TNode> _nodes;
    private readonly Dictionary<LineKey, TNode> _byKey;
    private readonly Dictionary<LineKey, int> _declared;
    private readonly Func<TNode, IEnumerable<LineKey>> _reads;
    private readonly Func<TNode, bool> _computed;

    public DependencyGraph(IReadOnlyList<TNode> nodes, Func<TNode, LineKey> key, Func<TNode, IEnumerable<LineKey>> reads, Func<TNode, bool> computed)
    {
        _nodes = nodes;
        _reads = reads;
        _computed = computed;
        _byKey = nodes.ToDictionary(key);
        _declared = nodes.Select((n, i) => (key(n), i)).ToDictionary(x => x.Item1, x => x.i);
    }

    private IEnumerable<LineKey> Reads(LineKey key) => _reads(_byKey[key]).Where(_byKey.ContainsKey).Distinct();

    /// <summary>Every cycle, each as the loop of nodes it runs through (first node repeated at the end).</summary>
    public IReadOnlyList<IReadOnlyList<TNode>> Cycles()
    {
        var cycles = new List<IReadOnlyList<TNode>>();
        foreach (var component in StronglyConnectedComponents())
        {
            var first = component.MinBy(k => _declared[k])!;
            if (component.Count > 1 || Reads(first).Contains(first))
            {
                cycles.Add(LoopThrough(first, component.ToHashSet()).Select(k => _byKey[k]).ToArray());
            }
        }

        return cycles;
    }

    /// <summary>Computed nodes in dependency order; meaningful only for a graph without cycles.</summary>
    public IReadOnlyList<TNode> EvaluationOrder()
    {
        // Depth-first, post-order, with an explicit stack so a long chain of references cannot
        // exhaust the call stack.
        var order = new List<TNode>();
        var done = new HashSet<LineKey>();
        var work = new Stack<(LineKey Key, IEnumerator<LineKey> Next)>();
        foreach (var root in _declared.Keys.Where(done.Add))
        {
            work.Push((root, Reads(root).GetEnumerator()));
            while (work.Count > 0)
            {
                var (key, next) = work.Peek();
                if (next.MoveNext())
                {
                    if (done.Add(next.Current))
                    {
                        work.Push((next.Current, Reads(next.Current).GetEnumerator()));
                    }

                    continue;
                }

                work.Pop();
                if (_computed(_byKey[key]))
                {
                    order.Add(_byKey[key]);
                }
            }
        }

        return order;
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

        foreach (var root in _declared.Keys.Where(k => !index.ContainsKey(k)))
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
