using ContentGuard.Detection;
using ContentGuard.Lexicon;

namespace ContentGuard.Pipeline;

/// <summary>
/// Drops findings that lie inside an occurrence of a per-request allow-listed term (<see cref="CheckOptions.Allowlist"/>),
/// for every detector alike. Terms are folded like lexicon terms and found on the normalized text skipping noise
/// between their characters, as the lexicon automaton matches (an allow-listed 习近平 also covers 习*近*平).
/// </summary>
internal static class AllowlistFilter
{
    public static List<RawFinding> Apply(List<RawFinding> findings, NormalizedText text, IEnumerable<string> allowlist, CharClasses classes)
    {
        if (findings.Count == 0)
        {
            return findings;
        }

        var allowed = new List<(int Start, int End)>();
        foreach (var term in allowlist)
        {
            var key = classes.ToKey(term ?? string.Empty);
            if (key.Length > 0)
            {
                NoiseTolerantSearch.FindAll(text, key, classes, (start, end) => allowed.Add((start, end)));
            }
        }

        if (allowed.Count == 0)
        {
            return findings;
        }

        return findings.Where(f => !allowed.Exists(a => a.Start <= f.Start && f.End <= a.End)).ToList();
    }
}
