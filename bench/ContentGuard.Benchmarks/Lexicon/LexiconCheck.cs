using System.Diagnostics;
using System.Runtime.CompilerServices;
using ContentGuard.Lexicon;
using ContentGuard.Normalization;

namespace ContentGuard.Benchmarks.Lexicon;

/// <summary>
/// <c>dotnet run -c Release -- lexicon-check</c>: correctness and build figures that BenchmarkDotNet does not give —
/// the occurrence count on text.txt against truth.json, the recall of the 1,000 planted evasions in text_noisy.txt
/// (ground truth recomputed independently: term characters joined by one noise character), and build time and memory
/// for 40,000 and 1,000,000 synthetic terms.
/// </summary>
public static class LexiconCheck
{
    private const string Noise = "* .-_|#、·～＊";

    public static int Run(TextWriter output, bool million)
    {
        var classes = new CharClasses(new Normalizer(CharData.TraditionalToSimplified));
        _ = CharData.Pinyin.Count;
        var lexicon = BenchData.Lexicon();
        var automaton = LexiconAutomatonBuilder.Build(lexicon, classes, out var keyOfTerm);
        var text = BenchData.Text();
        var matches = new List<LexiconMatch>();
        automaton.FindAll(text, matches);
        output.WriteLine($"plain find-all on text.txt: {matches.Count:N0} occurrences (traditional chars folded to simplified)");
        var exact = LexiconAutomatonBuilder.Build(lexicon, new CharClasses(new Normalizer(new Dictionary<char, char>())), out _);
        var exactMatches = new List<LexiconMatch>();
        exact.FindAll(text, exactMatches);
        output.WriteLine($"plain find-all on text.txt without traditional→simplified folding: {exactMatches.Count:N0} occurrences (truth.json: 45,747)");
        var plainSet = exactMatches.Select(m => (m.Start, exact.Keys[m.Key])).ToHashSet();
        foreach (var m in matches.Where(m => !plainSet.Contains((m.Start, automaton.Keys[m.Key]))).Take(5))
        {
            output.WriteLine($"  only with folding: {text.Substring(m.Start, m.Length)} → {automaton.Keys[m.Key]}");
        }

        matches.Clear();
        automaton.FindAllEvasive(text, default, matches);
        output.WriteLine($"evasion-aware find-all on text.txt: {matches.Count:N0} occurrences");
        var folded = new List<LexiconMatch>();
        automaton.FindAll(text, folded);
        var foldedSet = folded.Select(m => (m.End, m.Key)).ToHashSet();
        foreach (var m in matches.Where(m => !foldedSet.Contains((m.End, m.Key))).Take(5))
        {
            output.WriteLine($"  only evasion-aware: {text.Substring(m.Start, m.Length)} → {automaton.Keys[m.Key]}");
        }


        var noisy = BenchData.NoisyText();
        var planted = Planted(noisy, lexicon);
        matches.Clear();
        automaton.FindAllEvasive(noisy, default, matches);
        var found = matches.Select(m => (m.Start, m.Key)).ToHashSet();
        var keyOf = lexicon.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => keyOfTerm[x.i], StringComparer.Ordinal);
        var hit = planted.Count(p => found.Contains((p.Start, keyOf[p.Term])));
        output.WriteLine($"noisy text: {hit:N0} of {planted.Count:N0} planted evasions found ({100.0 * hit / planted.Count:F1} %)");

        QuickSpeed(output, automaton, text);
        Measure(output, "40,000 synthetic terms", SyntheticTerms.Create(40_000), classes);
        if (million)
        {
            Measure(output, "1,000,000 synthetic terms", SyntheticTerms.Create(1_000_000), classes);
        }

        return 0;
    }

    /// <summary>
    /// A quick interleaved timing for development (median of 21 rounds of wall time and of process CPU time, which
    /// a loaded machine distorts less); BenchmarkDotNet gives the figures to report.
    /// </summary>
    private static void QuickSpeed(TextWriter output, LexiconAutomaton automaton, string text)
    {
        var list = new List<LexiconMatch>(1 << 16);
        var names = new[] { "floor", "plain", "evasion-aware" };
        var wall = names.Select(_ => new List<double>()).ToArray();
        var cpu = names.Select(_ => new List<double>()).ToArray();
        using var process = Process.GetCurrentProcess();
        var sum = 0;
        for (var round = 0; round < 21; round++)
        {
            for (var k = 0; k < names.Length; k++)
            {
                list.Clear();
                process.Refresh();
                var c0 = process.TotalProcessorTime;
                var t0 = Stopwatch.GetTimestamp();
                for (var rep = 0; rep < (k == 0 ? 20 : 1); rep++)
                {
                    sum += k switch
                    {
                        0 => Floor(text),
                        1 => Plain(automaton, text, list),
                        _ => Evasive(automaton, text, list),
                    };
                }

                var reps = k == 0 ? 20 : 1;
                wall[k].Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds / reps);
                process.Refresh();
                cpu[k].Add((process.TotalProcessorTime - c0).TotalMilliseconds / reps);
            }
        }

        static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        for (var k = 0; k < names.Length; k++)
        {
            output.WriteLine($"quick timing {names[k]}: wall {Median(wall[k]):F2} ms ({Median(wall[k]) / Median(wall[0]):F1}x scan), " +
                $"CPU {Median(cpu[k]):F2} ms ({Median(cpu[k]) / Median(cpu[0]):F1}x scan)");
        }

        GC.KeepAlive(sum);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Floor(string text)
    {
        var sum = 0;
        foreach (var c in text)
        {
            sum += c;
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Plain(LexiconAutomaton automaton, string text, List<LexiconMatch> list)
    {
        automaton.FindAll(text, list);
        return list.Count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Evasive(LexiconAutomaton automaton, string text, List<LexiconMatch> list)
    {
        automaton.FindAllEvasive(text, default, list);
        return list.Count;
    }

    private static void Measure(TextWriter output, string what, string[] terms, CharClasses classes)
    {
        for (var i = 0; i < 3; i++)
        {
            LexiconAutomatonBuilder.Build(terms.Take(40_000).ToArray(), classes, out _); // warm up the JIT (tiered compilation)
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var automaton = LexiconAutomatonBuilder.Build(terms, classes, out _);
        sw.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        output.WriteLine($"build {what}: {sw.Elapsed.TotalMilliseconds:F0} ms wall, {cpu.TotalMilliseconds:F0} ms CPU, {automaton.StateCount:N0} states in {automaton.SlotCount:N0} slots, " +
            $"allocated {allocated / 1048576.0:F0} MB, automaton {retained / 1048576.0:F0} MB, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB");
        GC.KeepAlive(automaton);
    }

    /// <summary>Every (start, term) where a lexicon term of 3+ chars appears with one noise char between its chars (longest per start).</summary>
    private static List<(int Start, string Term)> Planted(string text, string[] lexicon)
    {
        var set = lexicon.Where(t => t.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var result = new List<(int, string)>();
        for (var i = 0; i + 4 < text.Length; i++)
        {
            var nz = text[i + 1];
            if (Noise.IndexOf(nz, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            string? best = null;
            var chars = new List<char> { text[i] };
            for (var j = i + 2; j < text.Length && chars.Count < 6; j += 2)
            {
                chars.Add(text[j]);
                var candidate = new string([.. chars]);
                if (chars.Count >= 3 && set.Contains(candidate))
                {
                    best = candidate;
                }

                if (j + 1 >= text.Length || text[j + 1] != nz)
                {
                    break;
                }
            }

            if (best is not null)
            {
                result.Add((i, best));
            }
        }

        return result;
    }
}
