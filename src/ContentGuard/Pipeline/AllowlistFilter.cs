using ContentGuard.Detection;
using ContentGuard.Normalization;

namespace ContentGuard.Pipeline;

/// <summary>Drops findings that lie inside an occurrence of an allow-listed term (matched on the normalized text).</summary>
internal static class AllowlistFilter
{
    public static List<RawFinding> Apply(List<RawFinding> findings, NormalizedText text, IEnumerable<string> allowlist, Normalizer normalizer)
    {
        if (findings.Count == 0)
        {
            return findings;
        }

        var allowed = new List<(int Start, int End)>();
        foreach (var term in allowlist)
        {
            var folded = Fold(term, normalizer);
            if (folded.Length == 0)
            {
                continue;
            }

            for (var at = text.Text.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(folded, at + 1, StringComparison.Ordinal))
            {
                allowed.Add((at, at + folded.Length));
            }
        }

        if (allowed.Count == 0)
        {
            return findings;
        }

        return findings.Where(f => !allowed.Exists(a => a.Start <= f.Start && f.End <= a.End)).ToList();
    }

    internal static string Fold(string term, Normalizer normalizer)
    {
        var chars = new char[term.Length];
        var n = 0;
        foreach (var c in term.Trim())
        {
            var f = normalizer.Fold(c);
            if (f != '\0')
            {
                chars[n++] = f;
            }
        }

        return new string(chars, 0, n);
    }
}
