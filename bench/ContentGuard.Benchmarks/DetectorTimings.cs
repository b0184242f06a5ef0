using System.Globalization;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/ContentGuard.Benchmarks -- detector-timings [checks] [--compare-model PATH]</c>: checks the
/// benchmark article many times with the default engine and prints each detector's mean share from
/// <see cref="CheckResult.Timings"/>. Differences between BenchmarkDotNet means of "with" and "without" runs are noisy
/// on a shared machine; these are measured inside the same checks.
/// </summary>
internal static class DetectorTimings
{
    public static int Run(TextWriter output, int checks, string? compareModel = null)
    {
        var article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "article-5000.txt"));
        var checker = new ContentCheckerBuilder().UseDefaults().Build();
        for (var i = 0; i < 100; i++)
        {
            checker.Check(article);
        }

        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = 0.0;
        for (var i = 0; i < checks; i++)
        {
            var timings = checker.Check(article).Timings;
            total += timings.TotalMilliseconds;
            foreach (var (name, ms) in timings.Detectors)
            {
                sums[name] = sums.GetValueOrDefault(name) + ms;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{article.Length}-char article, mean of {checks} checks after 100 warm-up: {total / checks:F2} ms"));
        foreach (var (name, ms) in sums.OrderByDescending(kv => kv.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {ms / checks,8:F3} ms"));
        }

        // The particle rules (的/地/得, 在/再) run inside TYPO: time TYPO-only engines with and without them, interleaved.
        var with = new ContentCheckerBuilder().AddDetector(new TypoDetector()).Build();
        var without = new ContentCheckerBuilder().AddDetector(new TypoDetector(TypoSettings.Default with { Particles = false })).Build();
        var options = new CheckOptions { EnabledCategories = ["TYPO"] };
        double withMs = 0, withoutMs = 0;
        for (var i = 0; i < 100 + checks; i++)
        {
            var a = with.Check(article, options).Timings.Detectors["typo"];
            var b = without.Check(article, options).Timings.Detectors["typo"];
            if (i >= 100)
            {
                withMs += a;
                withoutMs += b;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  typo alone: {withMs / checks:F3} ms with the particle rules, {withoutMs / checks:F3} ms without (difference {(withMs - withoutMs) / checks:F3} ms)"));
        ClassifierCost(output, article, checks, compareModel);
        return 0;
    }

    /// <summary>
    /// The classifier's cost against the foundation pipeline (normalize, sentences, jieba, SECRECY), interleaved in one
    /// process: an OFFENSIVE-only engine pays the same pipeline plus the scoring, so (offensive − foundation) / foundation
    /// is the cost factor the classifier issue bounds. With <paramref name="compareModel"/>, a second OFFENSIVE-only
    /// engine with that model zip (a full path) runs interleaved too (e.g. the previous release).
    /// </summary>
    private static void ClassifierCost(TextWriter output, string article, int checks, string? compareModel)
    {
        var foundation = new ContentCheckerBuilder().UseDefaults().AddDetector(new SegmentationProbe()).Build();
        var foundationOptions = new CheckOptions { EnabledCategories = ["SECRECY"] };
        var offensive = new ContentCheckerBuilder().AddDetector(new Detectors.Offensive.OffensiveDetector(Detectors.Offensive.OffensiveModel.Embedded)).Build();
        var other = compareModel is { Length: > 0 }
            ? new ContentCheckerBuilder().AddDetector(new Detectors.Offensive.OffensiveDetector(Detectors.Offensive.OffensiveModel.Load(compareModel))).Build()
            : null;
        double f = 0, o = 0, c = 0;
        for (var i = 0; i < 100 + checks; i++)
        {
            var a = foundation.Check(article, foundationOptions).Timings.TotalMilliseconds;
            var b = offensive.Check(article).Timings.TotalMilliseconds;
            var d = other?.Check(article).Timings.TotalMilliseconds ?? 0;
            if (i >= 100)
            {
                f += a;
                o += b;
                c += d;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  foundation pipeline {f / checks:F3} ms; OFFENSIVE-only check {o / checks:F3} ms: the classifier adds {(o - f) / checks:F3} ms = {(o - f) / f:F2}x the foundation pipeline"));
        if (other is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  OFFENSIVE-only check with {Path.GetFileName(compareModel)}: {c / checks:F3} ms, adds {(c - f) / checks:F3} ms = {(c - f) / f:F2}x the foundation pipeline"));
        }
    }
}
