using System.Collections.Frozen;
using ContentGuard.Data;

namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// Administrative-division codes (GB/T 2260 style) that open a resident ID number, from the generated table
/// <c>lexicons/privacy/region-codes.tsv</c> (one row per prefecture with its county suffixes). Immutable.
/// </summary>
internal sealed class RegionCodes
{
    public const string ResourceName = "lexicons/privacy/region-codes.tsv";

    private static readonly Lazy<RegionCodes> LazyDefault = new(() => Parse(EmbeddedData.ReadTable(ResourceName)));

    private readonly FrozenSet<int> _prefectures;
    private readonly FrozenSet<int> _counties;

    private RegionCodes(FrozenSet<int> prefectures, FrozenSet<int> counties, string version)
    {
        _prefectures = prefectures;
        _counties = counties;
        Version = version;
    }

    /// <summary>The shipped table (loaded once).</summary>
    public static RegionCodes Default => LazyDefault.Value;

    public string Version { get; }

    public int CountyCount => _counties.Count;

    /// <summary>True when the 4-digit prefecture code (e.g. 1101) has at least one county in the table.</summary>
    public bool IsPrefecture(int code4) => _prefectures.Contains(code4);

    /// <summary>True when the 6-digit code (e.g. 110101) is a county-level division in the table.</summary>
    public bool IsCounty(int code6) => _counties.Contains(code6);

    public static RegionCodes Parse(TsvTable table)
    {
        var prefectures = new HashSet<int>();
        var counties = new HashSet<int>();
        foreach (var row in table.Rows)
        {
            var prefecture = ParseCode(row.Required("prefecture"), 4, table.Name, row.LineNumber);
            prefectures.Add(prefecture);
            foreach (var county in row.List("counties"))
            {
                counties.Add((prefecture * 100) + ParseCode(county, 2, table.Name, row.LineNumber));
            }
        }

        return new RegionCodes(prefectures.ToFrozenSet(), counties.ToFrozenSet(), table.Version);
    }

    private static int ParseCode(string text, int digits, string table, int line)
    {
        if (text.Length != digits || !text.All(char.IsAsciiDigit))
        {
            throw new FormatException($"{table}:{line}: '{text}' is not a {digits}-digit code.");
        }

        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }
}
