using ContentGuard.Data;

namespace ContentGuard.Detectors.Wording;

/// <summary>A canonical formulation: <see cref="Text"/> without quotation marks (they are optional when matching), <see cref="Written"/> as officially written.</summary>
/// <remarks>
/// <see cref="Attested"/>: the exact spelling occurs in at least <see cref="FormulationTable.AttestedDocs"/> documents of the
/// official corpora (the table's <c>corpus_docs</c> column). The spelling of an attested formulation is a checked fact even
/// when the fact sheet could not verify its status, so a near miss of it may be corrected.
/// </remarks>
internal sealed record Formulation(string Text, string Written, bool Verified, bool Attested, string Note)
{
    /// <summary>True when a near miss may be corrected automatically.</summary>
    public bool Trusted => Verified || Attested;
}

/// <summary>The canonical political formulations of lexicons/formulations.tsv (plus user tables with a <c>canonical</c> column).</summary>
internal sealed class FormulationTable
{
    private FormulationTable(IReadOnlyList<Formulation> items, IReadOnlyDictionary<string, string> versions)
    {
        Items = items;
        Versions = versions;
    }

    /// <summary>Documents of the official corpora that must contain a formulation for its spelling to count as attested.</summary>
    public const int AttestedDocs = 3;

    public IReadOnlyList<Formulation> Items { get; }

    public IReadOnlyDictionary<string, string> Versions { get; }

    /// <summary>The table of an engine being built: loaded once, shared by every detector that needs it.</summary>
    public static FormulationTable For(ContentGuard.Pipeline.EngineSetup setup) => setup.Shared(s => Load(s.UserLexicons));

    public static FormulationTable Load(IEnumerable<TsvTable> userTables)
    {
        var tables = new List<TsvTable> { EmbeddedData.ReadTable("lexicons/formulations.tsv") };
        tables.AddRange(userTables.Where(t => t.HasColumn("canonical") && t.HasColumn("verified")));
        var items = new Dictionary<string, Formulation>(StringComparer.Ordinal);
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            var written = row.Required("canonical");
            var text = new string([.. written.Where(c => !WordingText.IsQuote(c))]).Replace('，', ',');
            if (text.Length == 0)
            {
                continue;
            }

            _ = int.TryParse(row["corpus_docs"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var docs);
            var f = new Formulation(text, written, string.Equals(row["verified"], "yes", StringComparison.OrdinalIgnoreCase), docs >= AttestedDocs, row["note"]);
            if (!items.TryGetValue(text, out var old) || (!old.Trusted && f.Trusted))
            {
                items[text] = f;
            }
        }

        return new FormulationTable([.. items.Values],
            tables.GroupBy(t => Path.GetFileName(t.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Version, StringComparer.Ordinal));
    }
}
