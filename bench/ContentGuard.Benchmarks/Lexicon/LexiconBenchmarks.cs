using BenchmarkDotNet.Attributes;
using ContentGuard.Lexicon;
using ContentGuard.Normalization;

namespace ContentGuard.Benchmarks.Lexicon;

/// <summary>
/// Lexicon matching on the shared benchmark data (20,000 terms, 2.5 M-char text), all in one run so each figure can be
/// read as a multiple of the floor ("× scan" = the Ratio column): the floor (sum every char), the baseline
/// (Dictionary&lt;char,int&gt; Aho-Corasick), our automaton plain and evasion-aware, each a find-all with positions.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LexiconBenchmarks
{
    private readonly List<LexiconMatch> _matches = new(1 << 16);
    private readonly List<(int, int)> _baselineMatches = new(1 << 16);
    private string _text = null!;
    private string _noisy = null!;
    private DictionaryAhoCorasick _baseline = null!;
    private LexiconAutomaton _automaton = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lexicon = BenchData.Lexicon();
        _text = BenchData.Text();
        _noisy = BenchData.NoisyText();
        _baseline = new DictionaryAhoCorasick(lexicon);
        _automaton = LexiconAutomatonBuilder.Build(lexicon, new CharClasses(new Normalizer(CharData.TraditionalToSimplified)), out _);
    }

    [Benchmark(Baseline = true, Description = "floor: sum every char")]
    public int Floor()
    {
        var sum = 0;
        foreach (var c in _text)
        {
            sum += c;
        }

        return sum;
    }

    [Benchmark(Description = "baseline: Dictionary<char,int> Aho-Corasick")]
    public int Baseline()
    {
        _baselineMatches.Clear();
        _baseline.FindAll(_text, _baselineMatches);
        return _baselineMatches.Count;
    }

    [Benchmark(Description = "ours, plain")]
    public int Plain()
    {
        _matches.Clear();
        _automaton.FindAll(_text, _matches);
        return _matches.Count;
    }

    [Benchmark(Description = "ours, evasion-aware")]
    public int Evasive()
    {
        _matches.Clear();
        _automaton.FindAllEvasive(_text, default, _matches);
        return _matches.Count;
    }

    [Benchmark(Description = "ours, evasion-aware, noisy text (308 K chars)")]
    public int EvasiveNoisy()
    {
        _matches.Clear();
        _automaton.FindAllEvasive(_noisy, default, _matches);
        return _matches.Count;
    }
}
