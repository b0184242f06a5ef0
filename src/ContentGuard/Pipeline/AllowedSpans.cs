using ContentGuard.Detection;
using ContentGuard.Lexicon;

namespace ContentGuard.Pipeline;

/// <summary>
/// Where the request's allow-listed terms (<see cref="CheckOptions.Allowlist"/>) occur in the normalized text, computed
/// once per check and shared by the pipeline's filter and the detectors that must not report inside them. A term made
/// only of letters, digits and CJK characters is found as the lexicon finds terms, seeing through inserted noise
/// (习*近*平); any other term (with spaces, symbols, sentence ends or characters outside the BMP) is found exactly, after
/// folding. Coverage queries are O(1): for every start position the farthest end of an occurrence starting at or before it.
/// </summary>
internal sealed class AllowedSpans
{
    private readonly int[] _reach;

    private AllowedSpans(int[] reach, bool complete)
    {
        _reach = reach;
        Complete = complete;
    }

    /// <summary>False when the time budget ran out before every term was searched (the rest are not applied).</summary>
    public bool Complete { get; }

    /// <summary>True when one occurrence of an allowed term covers <c>[start, end)</c> completely.</summary>
    public bool Covers(int start, int end) => start >= 0 && end > start && start < _reach.Length && _reach[start] >= end;

    public static AllowedSpans Find(NormalizedText text, IEnumerable<string> terms, CharClasses classes, Func<bool> stop)
    {
        var n = text.Length;
        var reach = new int[n];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        foreach (var term in terms)
        {
            if (string.IsNullOrWhiteSpace(term))
            {
                continue;
            }

            var folded = classes.FoldExact(term);
            var key = classes.ToKey(term);
            var tolerant = key.Length > 0 && key == folded;
            if (folded.Length == 0 || !seen.Add((tolerant ? "~" : "=") + folded))
            {
                continue;
            }

            if (stop())
            {
                complete = false;
                break;
            }

            if (tolerant)
            {
                NoiseTolerantSearch.FindAll(text, key, classes, (s, e) => reach[s] = Math.Max(reach[s], e));
            }
            else
            {
                for (var at = text.Text.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(folded, at + 1, StringComparison.Ordinal))
                {
                    reach[at] = Math.Max(reach[at], at + folded.Length);
                }
            }
        }

        for (var i = 1; i < n; i++)
        {
            reach[i] = Math.Max(reach[i], reach[i - 1]);
        }

        return new AllowedSpans(reach, complete);
    }
}
