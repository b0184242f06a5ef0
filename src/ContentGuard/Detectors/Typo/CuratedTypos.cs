using System.Collections.Frozen;
using ContentGuard.Data;
using ContentGuard.Detection;
using ContentGuard.Lexicon;

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

    /// <summary>Pairs mined from ECSpell-ODW train by <c>tools/typo/mine_pairs.py</c>; entries of <see cref="ResourceName"/> win.</summary>
    public const string MinedResourceName = "lexicons/typo/mined-odw.tsv";

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

    /// <summary>The embedded tables: the hand-written one, then the mined pairs it does not already hold.</summary>
    public static CuratedTypos LoadEmbedded() =>
        FromTables([EmbeddedData.ReadTable(ResourceName), .. EmbeddedData.TryReadTable(MinedResourceName) is { } mined ? [mined] : Array.Empty<TsvTable>()]);

    /// <summary>Builds the table from parsed rows (columns <c>wrong</c>, <c>right</c>, <c>severity</c>, <c>note</c>).</summary>
    public static CuratedTypos FromTable(TsvTable table) => FromTables([table]);

    /// <summary>Builds one table from several; for a wrong form in more than one, the first table's row wins.</summary>
    public static CuratedTypos FromTables(IReadOnlyList<TsvTable> tables)
    {
        var entries = new Dictionary<string, CuratedTypo>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            Add(table, entries);
        }

        return new CuratedTypos(entries.Values, string.Join(" + ", tables.Select(t => t.Version)));
    }

    private static void Add(TsvTable table, Dictionary<string, CuratedTypo> entries)
    {
        var own = new Dictionary<string, CuratedTypo>(StringComparer.Ordinal);
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

            own[wrong] = new CuratedTypo(wrong, right, severity, row["note"]);
        }

        foreach (var (wrong, entry) in own)
        {
            entries.TryAdd(wrong, entry);
        }
    }

    /// <summary>
    /// The entries whose wrong form starts at <paramref name="start"/> of <paramref name="text"/>, longest first, with
    /// the end of each match; noise characters inside the form (领导*小姐) are skipped.
    /// </summary>
    public IEnumerable<(CuratedTypo Entry, int End)> MatchesAt(NormalizedText text, int start)
    {
        if (!_byFirst.TryGetValue(text[start], out var list))
        {
            yield break;
        }

        foreach (var e in list)
        {
            if (NoiseTolerantSearch.MatchAt(text, start, e.Wrong) is var end and >= 0)
            {
                yield return (e, end);
            }
        }
    }

    /// <summary>Every entry.</summary>
    public IEnumerable<CuratedTypo> Entries => _byFirst.Values.SelectMany(v => v);
}
