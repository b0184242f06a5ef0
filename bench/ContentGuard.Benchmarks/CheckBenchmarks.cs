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
    private ContentChecker _foundation = null!;
    private string _article = null!;
    private readonly CheckOptions _withoutTypo = new() { DisabledCategories = ["TYPO"] };
    private readonly CheckOptions _withoutOffensive = new() { DisabledCategories = ["OFFENSIVE"] };
    private readonly CheckOptions _withoutWordLevel = new() { DisabledCategories = ["TYPO", "OFFENSIVE"] };
    private readonly CheckOptions _foundationSet = new() { EnabledCategories = ["SECRECY"] };

    [GlobalSetup]
    public void Setup()
    {
        _article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "article-5000.txt"));
        _checker = new ContentCheckerBuilder().UseDefaults().Build();
        _checker.Check(_article);
        _foundation = new ContentCheckerBuilder().UseDefaults().AddDetector(new SegmentationProbe()).Build();
        _foundation.Check(_article, _foundationSet);
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

    /// <summary>The same check with the typo detector off: Check / this is the cost factor of TYPO.</summary>
    [Benchmark(Description = "Check without TYPO")]
    public int CheckWithoutTypo() => _checker.Check(_article, _withoutTypo).Matches.Count;

    /// <summary>The same check with the classifier off: Check / this is the cost factor of OFFENSIVE.</summary>
    [Benchmark(Description = "Check without OFFENSIVE")]
    public int CheckWithoutOffensive() => _checker.Check(_article, _withoutOffensive).Matches.Count;

    /// <summary>Without the two detectors that need jieba's words for the whole text (TYPO, OFFENSIVE).</summary>
    [Benchmark(Description = "Check without TYPO and OFFENSIVE")]
    public int CheckWithoutWordLevel() => _checker.Check(_article, _withoutWordLevel).Matches.Count;

    /// <summary>The foundation's first detector set (SECRECY only): the pipeline's own cost.</summary>
    [Benchmark(Description = "Check, SECRECY only (pipeline)")]
    public int CheckFoundationSet() => _checker.Check(_article, _foundationSet).Matches.Count;

    /// <summary>
    /// The foundation pipeline with its segmentation (normalize, sentences, jieba tokens, SECRECY): the baseline for the
    /// word-level detectors. Check / this and (Check − Check without OFFENSIVE) / this are the ratios the typo and
    /// classifier issues bound.
    /// </summary>
    [Benchmark(Description = "Foundation pipeline (SECRECY + segmentation)")]
    public int CheckFoundationPipeline() => _foundation.Check(_article, _foundationSet).Matches.Count;

    /// <summary>jieba segmentation alone: the part of TYPO's cost that every word-level detector shares (tokens are computed once per check).</summary>
    [Benchmark(Description = "jieba Tokenize only")]
    public int Segment() => Segmentation.Segmenter.Shared.Tokenize(_article).Count;
}
