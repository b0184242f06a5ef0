using System.Text;

namespace ContentGuard.Cli;

/// <summary>
/// A tab-separated data file with a header row, as the evaluation data sets are: the header's column names and the
/// non-empty rows with their line numbers. Missing files and short rows are <see cref="CliException"/>s naming the line.
/// </summary>
internal sealed class TsvFile
{
    private TsvFile(string path, string[] header, List<TsvFile.Row> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public string[] Header { get; }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>
    /// Reads a table file in the lexicon format (FORMAT.md: '#' header lines, then a header row) as the library reads
    /// its embedded tables; a missing file is a <see cref="CliException"/>.
    /// </summary>
    public static Data.TsvTable ReadTable(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return Data.TsvTable.Parse(reader, System.IO.Path.GetFileName(path));
    }

    /// <summary>Reads the file; every row must have at least <paramref name="minColumns"/> cells.</summary>
    public static TsvFile Read(string path, int minColumns = 0)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t') ?? throw new CliException($"{path}: empty file.");
        var rows = new List<Row>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < minColumns)
            {
                throw new CliException($"{path}:{lineNumber}: expected {minColumns} tab-separated columns.");
            }

            rows.Add(new Row(lineNumber, cells));
        }

        return new TsvFile(path, header, rows);
    }

    /// <summary>Reads the file and requires the named columns in its header; every row must reach them.</summary>
    public static (TsvFile File, int[] Columns) Read(string path, params string[] required)
    {
        var header = File.Exists(path) ? (File.ReadLines(path, Encoding.UTF8).FirstOrDefault()?.Split('\t') ?? []) : null;
        if (header is null)
        {
            throw new CliException($"{path}: no such file.");
        }

        var columns = required.Select(name => Array.IndexOf(header, name)).ToArray();
        if (columns.Any(c => c < 0))
        {
            throw new CliException($"{path}: the header must name the columns {string.Join(", ", required.Select(r => $"'{r}'"))} (tab-separated).");
        }

        return (Read(path, columns.Max() + 1), columns);
    }

    /// <summary>One non-empty data row and its 1-based line number.</summary>
    public sealed record Row(int Line, string[] Cells);
}
