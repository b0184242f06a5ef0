using BenchmarkDotNet.Attributes;
using ContentGuard;

namespace ContentGuard.Benchmarks;

/// <summary>
/// The whole <see cref="ContentChecker.Check(string, CheckOptions?)"/> on a realistic 5,000-character government article
/// (Fixtures/article-5000.txt, written for this repo), against a floor in the same run: one pass summing every char.
/// Report chars/second (5,000 / mean) and allocated bytes per check.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private ContentChecker _checker = null!;
    private string _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        _article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "article-5000.txt"));
        _checker = new ContentCheckerBuilder().UseDefaults().Build();
        _checker.Check(_article);
    }

    [Benchmark(Baseline = true, Description = "floor: sum every char")]
    public int Floor()
    {
        var sum = 0;
        foreach (var c in _article)
        {
            sum += c;
        }

        return sum;
    }

    [Benchmark(Description = "Check(5,000-char article)")]
    public int Check() => _checker.Check(_article).Matches.Count;
}
