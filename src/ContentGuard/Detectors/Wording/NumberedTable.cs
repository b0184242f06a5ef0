using ContentGuard.Data;

namespace ContentGuard.Detectors.Wording;

/// <summary>A numbered formulation (lexicons/numbered.tsv): 四个自信 = 道路自信、理论自信、制度自信、文化自信.</summary>
internal sealed record NumberedFormulation(
    string Name, int Count, string[] Members, string Suffix, bool SuffixVerified, bool Current, bool Verified, string Note)
{
    /// <summary>The part after the number and 个 (自信 in 四个自信), or empty when the name is not of the form N个X.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The number written in the name (四 in 四个自信), or -1.</summary>
    public int NameNumber { get; init; } = -1;

    /// <summary>
    /// Status R: a regional formulation that shares its body with a national one (西藏 “三个意识”教育 beside the national
    /// “四个意识”). It is the formulation only when a <see cref="Context"/> word stands in the same paragraph; it is never a
    /// correction target.
    /// </summary>
    public bool Regional { get; init; }

    /// <summary>For a regional row: words of which one must stand in the paragraph.</summary>
    public string[] Context { get; init; } = [];
}

/// <summary>The numbered formulations, with their member lists and fixed suffixes.</summary>
internal sealed class NumberedTable
{
    private NumberedTable(IReadOnlyList<NumberedFormulation> items, string version)
    {
        Items = items;
        Version = version;
    }

    public IReadOnlyList<NumberedFormulation> Items { get; }

    public string Version { get; }

    /// <summary>The table of an engine being built: loaded once, shared by every detector that needs it.</summary>
    public static NumberedTable For(ContentGuard.Pipeline.EngineSetup setup) => setup.Shared(s => Load(s.UserLexicons));

    public static NumberedTable Load(IEnumerable<TsvTable> userTables)
    {
        var embedded = EmbeddedData.ReadTable("lexicons/numbered.tsv");
        var tables = new List<TsvTable> { embedded };
        tables.AddRange(userTables.Where(t => t.HasColumn("name") && t.HasColumn("count") && t.HasColumn("members")));
        var items = new List<NumberedFormulation>();
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            var name = row.Required("name");
            _ = int.TryParse(row["count"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count);
            var item = new NumberedFormulation(
                name,
                count,
                row.List("members"),
                row["suffix"],
                IsYes(row["suffix_verified"]) || (IsYes(row["verified"]) && row["suffix"].Length > 0),
                !string.Equals(row["status"], "H", StringComparison.Ordinal),
                IsYes(row["verified"]),
                row["note"]);
            var ge = name.IndexOf('个', StringComparison.Ordinal);
            if (ge > 0 && ge < name.Length - 2 && name[..ge].All(WordingText.IsNumeral))
            {
                item = item with { Body = name[(ge + 1)..], NameNumber = WordingText.ParseNumber(name.AsSpan(0, ge)) };
            }

            if (string.Equals(row["status"], "R", StringComparison.Ordinal))
            {
                item = item with { Regional = true, Context = row.List("context") };
            }

            items.Add(item);
        }

        return new NumberedTable(items, embedded.Version);
    }

    private static bool IsYes(string s) => string.Equals(s, "yes", StringComparison.OrdinalIgnoreCase);
}
