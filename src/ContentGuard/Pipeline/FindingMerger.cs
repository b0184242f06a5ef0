using ContentGuard.Detection;

namespace ContentGuard.Pipeline;

/// <summary>
/// Deduplicates overlapping findings: among word-level findings that share any character, the more severe wins, then
/// the longer, then the more specific category. Sentence-level findings (the classifier) compete only with each other,
/// so they never hide a word-level finding. Linear in the text length plus n log n in the findings.
/// </summary>
internal static class FindingMerger
{
    // Most specific first: a leader-name finding explains a span better than a typo finding on the same characters.
    private static readonly Category[] Specificity =
    [
        Category.LeaderName, Category.LeaderTitle, Category.Formulation, Category.Sovereignty, Category.Secrecy,
        Category.Privacy, Category.BannedTerm, Category.Sensitive, Category.Advertising, Category.Typo, Category.Offensive,
    ];

    public static List<RawFinding> Merge(IEnumerable<RawFinding> findings, int textLength)
    {
        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenByDescending(f => f.Length)
            .ThenBy(f => Rank(f.Rule.Category))
            .ThenBy(f => f.Start)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToList();
        var wordCover = new bool[textLength];
        var sentenceCover = new bool[textLength];
        var kept = new List<RawFinding>(ordered.Count);
        foreach (var f in ordered)
        {
            var cover = f.SentenceLevel ? sentenceCover : wordCover;
            if (cover.AsSpan(f.Start, f.Length).Contains(true))
            {
                continue;
            }

            cover.AsSpan(f.Start, f.Length).Fill(true);
            kept.Add(f);
        }

        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return kept;
    }

    private static int Rank(Category category)
    {
        var i = Array.IndexOf(Specificity, category);
        return i < 0 ? Specificity.Length : i;
    }
}
