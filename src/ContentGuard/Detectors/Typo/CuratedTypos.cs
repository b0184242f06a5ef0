using System.Collections.Frozen;
using ContentGuard.Data;

namespace ContentGuard.Detectors.Typo;

/// <summary>One row of the curated table: a wrong form, its correct form, how serious it is and why.</summary>
internal sealed record CuratedTypo(string Wrong, string Right, Severity Severity, string Note)
{
    /// <summary>True for a typo that turns solemn wording into an insult, a vulgarity or its opposite.</summary>
    public bool Insulting => Severity == Severity.Critical;
}

/// <summary>
/// The curated table of common wrong → right words and idioms (<c>lexicons/typos.tsv</c>, written by ContentGuard):
/// looked up by first character, longest entry first.
/// </summary>
internal sealed class CuratedTypos
{
    public const string ResourceName = "lexicons/typos.tsv";

    private readonly FrozenDictionary<char, CuratedTypo[]> _byFirst;

    private CuratedTypos(IEnumerable<CuratedTypo> entries, string version)
    {
        Version = version;
        var all = entries.ToList();
        Count = all.Count;
        _byFirst = all.GroupBy(e => e.Wrong[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Wrong.Length).ToArray());
    }

    /// <summary>The table's version (its header).</summary>
    public string Version { get; }

    /// <summary>The number of entries.</summary>
    public int Count { get; }

    /// <summary>The embedded table.</summary>
    public static CuratedTypos LoadEmbedded() => FromTable(EmbeddedData.ReadTable(ResourceName));

    /// <summary>Builds the table from parsed rows (columns <c>wrong</c>, <c>right</c>, <c>severity</c>, <c>note</c>).</summary>
    public static CuratedTypos FromTable(TsvTable table)
    {
        var entries = new Dictionary<string, CuratedTypo>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var wrong = row.Required("wrong");
            var right = row.Required("right");
            var severity = row["severity"] switch
            {
                "critical" => Severity.Critical,
                "major" => Severity.Major,
                "minor" or "" => Severity.Minor,
                var s => throw new FormatException($"{table.Name}:{row.LineNumber}: unknown severity '{s}'."),
            };
            if (string.Equals(wrong, right, StringComparison.Ordinal))
            {
                throw new FormatException($"{table.Name}:{row.LineNumber}: wrong and right are the same ('{wrong}').");
            }

            entries[wrong] = new CuratedTypo(wrong, right, severity, row["note"]);
        }

        return new CuratedTypos(entries.Values, table.Version);
    }

    /// <summary>The entries whose wrong form starts at <paramref name="start"/> of <paramref name="text"/>, longest first.</summary>
    public IEnumerable<CuratedTypo> MatchesAt(string text, int start)
    {
        if (!_byFirst.TryGetValue(text[start], out var list))
        {
            yield break;
        }

        var rest = text.AsSpan(start).Length;
        foreach (var e in list)
        {
            if (e.Wrong.Length <= rest && string.CompareOrdinal(text, start, e.Wrong, 0, e.Wrong.Length) == 0)
            {
                yield return e;
            }
        }
    }

    /// <summary>Every entry.</summary>
    public IEnumerable<CuratedTypo> Entries => _byFirst.Values.SelectMany(v => v);
}
