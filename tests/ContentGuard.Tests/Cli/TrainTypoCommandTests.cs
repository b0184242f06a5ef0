using ContentGuard.Cli;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Cli;

public sealed class TrainTypoCommandTests
{
    private static double[] Row(double gain, double other)
    {
        var x = new double[CandidateFeatures.Count];
        x[0] = gain;
        x[1] = other;
        return x;
    }

    [Fact]
    public void Fit_learns_a_positive_weight_for_the_feature_that_separates_the_labels()
    {
        var rows = new List<(double[] X, bool Y)>();
        for (var k = 0; k < 200; k++)
        {
            var gain = (k % 20) - 10;
            rows.Add((Row(gain, k % 7), gain + ((k % 3) - 1) > 0));
        }

        var (mean, scale, weight, _) = TrainTypoCommand.Fit(rows, l2: 1.0);
        Assert.True(weight[0] > 1, $"gain weight {weight[0]}");
        Assert.True(Math.Abs(weight[1]) < weight[0] / 4, $"noise weight {weight[1]}");
        Assert.Equal(-0.5, mean[0], 10);
        Assert.Equal(1.0, scale[2]);
    }

    [Fact]
    public void Fit_is_deterministic()
    {
        var rows = Enumerable.Range(0, 100).Select(k => (Row(k % 10, k % 4), k % 10 > 4)).ToList();
        Assert.Equal(TrainTypoCommand.Fit(rows, 1.0).Weight, TrainTypoCommand.Fit(rows, 1.0).Weight);
    }
}
