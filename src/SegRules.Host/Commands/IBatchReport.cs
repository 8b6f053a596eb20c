using SegRules.Engine.Evaluate;

namespace SegRules.Host.Commands;

/// <summary>What a batch prints about its evaluations, told of each as it is stored, printed once the batch is complete.</summary>
public interface IBatchReport : IDisposable
{
    /// <summary>One more evaluation, with its id when stored (not yet committed).</summary>
    void Add(Evaluation evaluation, long? id);

    /// <summary>The batch is stored (or, with <c>--no-store</c>, evaluated): print what remains to be printed.</summary>
    void Complete();
}
