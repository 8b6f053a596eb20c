using SegRules.Engine.Present;
using SegRules.Engine.Replay;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Tests.Replay;

/// <summary><c>replay --format json</c>, printed record by record as the replay goes, is exactly the <see cref="ReplayView"/> the web API serialises.</summary>
public sealed class ReplayJsonWriterTests
{
    [Fact]
    public void Finish_RecordsAddedOneByOne_PrintsExactlyTheReplayView()
    {
        // Arrange
        var replays = new[]
        {
            new RecordReplay(new EvaluationRecord { Id = 1, AsOf = "2013-01-02", Firm = "A", Version = "2012-11-30" }, "2012-11-08",
                [new LineDifference("7190", 1.50m, 2m), new LineDifference("7194", 3m, null)],
                [new FindingDifference("seg_below_target", new FindingRecord { Check = "seg_below_target", Status = "fired", Severity = "breach", Message = "below" }, null)],
                [], ["targets left out"]),
            new RecordReplay(new EvaluationRecord { Id = 2, AsOf = "2013-01-03", Firm = "B", Version = "2012-11-30" }, "2012-11-08", [], [], [], []),
        };
        var summary = new DriftSummary();
        using var expected = new StringWriter();
        using var streamed = new StringWriter();

        // Act
        using (var writer = new ReplayJsonWriter(streamed, "version", "2012-11-08"))
        {
            foreach (var replay in replays)
            {
                summary.Add(replay);
                writer.Add(replay);
            }

            writer.Finish(summary);
        }

        ViewJson.Write(ReplayView.Of(replays, summary, asStored: false, "2012-11-08"), expected);

        // Assert
        Assert.Equal(expected.ToString(), streamed.ToString());
    }
}
