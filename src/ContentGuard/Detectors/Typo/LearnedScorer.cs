using System.Globalization;
using ContentGuard.Data;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// A logistic-regression decision over <see cref="CandidateFeatures"/> (standardized), trained by
/// <c>contentguard train typo</c>: the log-odds that a candidate correction is right. A candidate is reported when its
/// log-odds reach <see cref="Threshold"/>. Immutable.
/// </summary>
internal sealed class LearnedScorer
{
    /// <summary>The embedded table's resource name.</summary>
    public const string ResourceName = "lexicons/typo/scorer.tsv";

    private static readonly Lazy<LearnedScorer?> LazyEmbedded = new(() => EmbeddedData.TryReadTable(ResourceName) is { } t ? FromTable(t) : null);

    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weight;

    public LearnedScorer(double[] mean, double[] scale, double[] weight, double bias, double threshold, string version)
    {
        if (mean.Length != CandidateFeatures.Count || scale.Length != mean.Length || weight.Length != mean.Length)
        {
            throw new ArgumentException($"A typo scorer needs {CandidateFeatures.Count} features.");
        }

        if (!mean.Concat(weight).Append(bias).Append(threshold).All(double.IsFinite) || !scale.All(v => double.IsFinite(v) && v > 0))
        {
            throw new ArgumentException("A typo scorer's numbers must be finite and its scales positive.");
        }

        _mean = mean;
        _scale = scale;
        _weight = weight;
        Bias = bias;
        Threshold = threshold;
        Version = version;
    }

    /// <summary>The scorer shipped with the package (null if the assembly has none).</summary>
    public static LearnedScorer? Embedded => LazyEmbedded.Value;

    /// <summary>The intercept.</summary>
    public double Bias { get; }

    /// <summary>The least log-odds for a report.</summary>
    public double Threshold { get; }

    /// <summary>The table's version line.</summary>
    public string Version { get; }

    /// <summary>Copy with another threshold (tuning).</summary>
    public LearnedScorer WithThreshold(double threshold) => new(_mean, _scale, _weight, Bias, threshold, Version);

    /// <summary>The log-odds that the candidate is a right correction.</summary>
    public double Logit(in CandidateFeatures features)
    {
        Span<double> x = stackalloc double[CandidateFeatures.Count];
        features.CopyTo(x);
        var z = Bias;
        for (var k = 0; k < x.Length; k++)
        {
            z += _weight[k] * ((x[k] - _mean[k]) / _scale[k]);
        }

        return z;
    }

    /// <summary>Reads a table with columns <c>feature</c>, <c>mean</c>, <c>scale</c>, <c>weight</c> plus rows <c>(bias)</c> and <c>(threshold)</c> in <c>weight</c>.</summary>
    public static LearnedScorer FromTable(TsvTable table)
    {
        var mean = new double[CandidateFeatures.Count];
        var scale = new double[CandidateFeatures.Count];
        var weight = new double[CandidateFeatures.Count];
        double? bias = null, threshold = null;
        var seen = 0;
        foreach (var row in table.Rows)
        {
            var name = row["feature"];
            var w = Number(row, "weight");
            switch (name)
            {
                case "(bias)":
                    bias = w;
                    continue;
                case "(threshold)":
                    threshold = w;
                    continue;
            }

            var k = Array.IndexOf(CandidateFeatures.Names, name);
            if (k < 0)
            {
                throw new InvalidDataException($"{table.Name}: unknown feature '{name}'.");
            }

            mean[k] = Number(row, "mean");
            scale[k] = Number(row, "scale");
            weight[k] = w;
            seen++;
        }

        if (seen != CandidateFeatures.Count || bias is null || threshold is null)
        {
            throw new InvalidDataException($"{table.Name}: needs every feature plus (bias) and (threshold).");
        }

        try
        {
            return new LearnedScorer(mean, scale, weight, bias.Value, threshold.Value, table.Version);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{table.Name}: {e.Message}", e);
        }
    }

    private static double Number(TsvRow row, string column) =>
        double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"line {row.LineNumber}: '{row[column]}' in column '{column}' is not a number.");
}
