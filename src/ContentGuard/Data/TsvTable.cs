using System.Collections.Frozen;

namespace ContentGuard.Data;

/// <summary>
/// A parsed table in the documented lexicon format (lexicons/FORMAT.md): a <c># key: value</c> header block, a column
/// header row, then tab-separated rows. Columns are looked up by name.
/// </summary>
internal sealed class TsvTable
{
    private readonly FrozenDictionary<string, int> _columns;

    private TsvTable(string name, IReadOnlyDictionary<string, string> metadata, string[] columns, FrozenDictionary<string, int> columnIndex, List<TsvRow> rows)
    {
        Name = name;
        Metadata = metadata;
        Columns = columns;
        _columns = columnIndex;
        Rows = rows;
    }

    /// <summary>The file or resource name, for messages.</summary>
    public string Name { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    public string Version => Metadata.TryGetValue("version", out var v) ? v : "unversioned";

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    public static TsvTable Parse(TextReader reader, string name)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string[]? columns = null;
        FrozenDictionary<string, int> index = FrozenDictionary<string, int>.Empty;
        var rows = new List<TsvRow>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (line.Length == 0 || line.All(char.IsWhiteSpace))
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (columns is null)
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 1)
                    {
                        var key = line[1..colon].Trim();
                        if (key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal))
                        {
                            metadata.TryAdd(key, line[(colon + 1)..].Trim());
                        }
                    }
                }

                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = [.. cells.Select(c => c.Trim())];
                index = columns.Select((c, i) => (c, i)).ToFrozenDictionary(x => x.c, x => x.i, StringComparer.OrdinalIgnoreCase);
                continue;
            }

            rows.Add(new TsvRow(name, cells, lineNumber, index));
        }

        return new TsvTable(name, metadata, columns ?? [], index, rows);
    }
}

/// <summary>One data row of a <see cref="TsvTable"/>.</summary>
internal sealed class TsvRow(string tableName, string[] cells, int lineNumber, FrozenDictionary<string, int> columns)
{
    public int LineNumber { get; } = lineNumber;

    /// <summary>The trimmed cell of the named column, or "" when the column or cell is absent.</summary>
    public string this[string column]
    {
        get
        {
            return columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : string.Empty;
        }
    }

    /// <summary>The <c>|</c>-separated values of the named column.</summary>
    public string[] List(string column) =>
        this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The cell as a value that must be present.</summary>
    public string Required(string column)
    {
        var value = this[column];
        if (value.Length == 0)
        {
            throw new FormatException($"{tableName}:{LineNumber}: column '{column}' is empty.");
        }

        return value;
    }
}
