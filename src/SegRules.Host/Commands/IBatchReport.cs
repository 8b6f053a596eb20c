using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;

namespace SegRules.Host.Commands;

/// <summary>What a batch prints about its evaluations, told of each as it is stored, printed once the batch is complete.</summary>
public interface IBatchReport : IDisposable
{
    /// <summary>One more evaluation, with the record and id it was stored under (not yet committed); both null when not stored.</summary>
    void Add(Evaluation evaluation, EvaluationRecord? record, long? id);

    /// <summary>The batch is stored (or, with <c>--no-store</c>, evaluated): print what remains to be printed.</summary>
    void Complete();
}
