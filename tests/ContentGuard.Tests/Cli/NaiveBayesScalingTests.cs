using ContentGuard.Cli;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ContentGuard.Tests.Cli;

public sealed class NaiveBayesScalingTests
{
    private sealed class Row
    {
        [VectorType(3)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    // Feature 0 only in offensive rows, feature 1 in every row, feature 2 never.
    private static readonly Row[] Rows =
    [
        new() { Features = [1, 1, 0], Label = true },
        new() { Features = [1, 1, 0], Label = true },
        new() { Features = [0, 1, 0], Label = false },
        new() { Features = [0, 1, 0], Label = false },
    ];

    /// <summary>The training rows (the fixture rows 25 times) and the NB-LR chain fitted on them: featurizer (a copy) → scaler → LR.</summary>
    private static (IDataView Training, TransformerChain<ITransformer> Chain) FitChain(MLContext ml)
    {
        var training = ml.Data.LoadFromEnumerable(Enumerable.Repeat(Rows, 25).SelectMany(x => x));
        var chain = (TransformerChain<ITransformer>)NaiveBayesScaling.Fit(
            ml, ml.Transforms.CopyColumns("Features", "Features"), ml.BinaryClassification.Trainers.LbfgsLogisticRegression(l2Regularization: 1e-4f), training);
        return (training, chain);
    }

    [Fact]
    public void Ratios_are_the_absolute_smoothed_log_count_ratios_and_zero_for_unseen_features()
    {
        var ml = new MLContext(seed: 1);
        var r = NaiveBayesScaling.AbsLogCountRatios(ml.Data.LoadFromEnumerable(Rows), alpha: 1);

        // Smoothed counts over the seen features: offensive (2+1, 2+1) = 6, other (0+1, 2+1) = 4.
        Assert.Equal(Math.Abs(Math.Log((3.0 / 6) / (1.0 / 4))), r[0], 5);
        Assert.Equal(Math.Abs(Math.Log((3.0 / 6) / (3.0 / 4))), r[1], 5);
        Assert.Equal(0f, r[2]);
    }

    [Fact]
    public void The_saved_chain_multiplies_each_feature_by_its_ratio_before_the_trainer()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Rows);
        var (training, chain) = FitChain(ml);
        var r = NaiveBayesScaling.AbsLogCountRatios(training, alpha: 1);

        // The chain is featurizer → scaler → model; apply the first two and read the scaled features.
        var scaled = chain.Take(2).Aggregate(data, (view, t) => t.Transform(view));
        var first = scaled.GetColumn<float[]>("Features").First();
        Assert.Equal(r[0], first[0], 5);
        Assert.Equal(r[1], first[1], 5);
        Assert.Equal(0f, first[2]);

        // And the whole chain scores: offensive rows above the others.
        var p = chain.Transform(data).GetColumn<float>("Probability").ToArray();
        Assert.True(p[0] > p[2], $"offensive {p[0]}, other {p[2]}");
    }

    [Fact]
    public void A_feature_never_seen_in_training_is_scaled_to_zero()
    {
        // NB-LR's r is 0 for a feature no training row has: a hashed n-gram first met at scoring time must not pass
        // through unscaled.
        var ml = new MLContext(seed: 1);
        var (training, chain) = FitChain(ml);
        var unseen = ml.Data.LoadFromEnumerable(new[] { new Row { Features = [0, 0, 5], Label = false } });
        var scaled = chain.Take(2).Aggregate(unseen, (view, t) => t.Transform(view)).GetColumn<float[]>("Features").First();
        Assert.Equal(0f, scaled[2]);
    }

    [Fact]
    public void Folding_the_scale_into_the_weights_keeps_every_probability_and_drops_the_scaler()
    {
        var ml = new MLContext(seed: 1);
        var (training, chain) = FitChain(ml);
        var folded = NaiveBayesScaling.Fold(ml, chain, training);

        Assert.NotNull(folded);
        var parts = ((TransformerChain<ITransformer>)folded).ToArray();
        Assert.Equal(2, parts.Length);
        Assert.DoesNotContain(parts, p => p is Microsoft.ML.Transforms.NormalizingTransformer);
        var data = ml.Data.LoadFromEnumerable(Rows.Append(new Row { Features = [0, 0, 5], Label = false }));
        var expected = chain.Transform(data).GetColumn<float>("Probability").ToArray();
        var actual = folded.Transform(data).GetColumn<float>("Probability").ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 5);
        }

        // Saved and loaded like any ML.NET model.
        using var stream = new MemoryStream();
        ml.Model.Save(folded, training.Schema, stream);
        stream.Position = 0;
        var loaded = ml.Model.Load(stream, out _);
        Assert.Equal(actual, loaded.Transform(data).GetColumn<float>("Probability").ToArray());
    }
}
