namespace ContentGuard.Benchmarks.Lexicon;

/// <summary>
/// The shared benchmark data (<c>shared/data/bench</c>: lexicon.txt, text.txt, text_noisy.txt, truth.json), found by
/// walking up from the working and application folders, or given by CONTENTGUARD_BENCH_DATA.
/// </summary>
public static class BenchData
{
    public static string Folder { get; } = Locate();

    public static string[] Lexicon() => [.. File.ReadAllLines(Path.Combine(Folder, "lexicon.txt")).Where(l => l.Length > 0)];

    public static string Text() => File.ReadAllText(Path.Combine(Folder, "text.txt"));

    public static string NoisyText() => File.ReadAllText(Path.Combine(Folder, "text_noisy.txt"));

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CONTENTGUARD_BENCH_DATA") is { Length: > 0 } env)
        {
            return env;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "bench");
                if (File.Exists(Path.Combine(candidate, "lexicon.txt")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("shared/data/bench was not found above the working folder; set CONTENTGUARD_BENCH_DATA.");
    }
}
