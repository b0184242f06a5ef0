using ContentGuard.Data;

namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// The mainland mobile number ranges, from the generated table <c>lexicons/privacy/mobile-prefixes.tsv</c> (prefixes
/// of 11-digit national numbers derived from libphonenumber's CN metadata). Stored as a bitmap over 5-digit prefixes.
/// Immutable.
/// </summary>
internal sealed class MobileRanges
{
    public const string ResourceName = "lexicons/privacy/mobile-prefixes.tsv";

    /// <summary>How many leading digits the bitmap keys on; every table prefix is at most this long.</summary>
    public const int KeyDigits = 5;

    private const int KeyCount = 100_000;

    private static readonly Lazy<MobileRanges> LazyDefault = new(() => Parse(EmbeddedData.ReadTable(ResourceName)));

    private readonly ulong[] _bits;

    private MobileRanges(ulong[] bits, int length, string version)
    {
        _bits = bits;
        Length = length;
        Version = version;
    }

    /// <summary>The shipped table (loaded once).</summary>
    public static MobileRanges Default => LazyDefault.Value;

    /// <summary>The length of a national mobile number (11).</summary>
    public int Length { get; }

    public string Version { get; }

    /// <summary>True when the first five digits open a mobile number range.</summary>
    public bool Contains(int key5) => key5 is >= 0 and < KeyCount && (_bits[key5 >> 6] & (1UL << (key5 & 63))) != 0;

    public static MobileRanges Parse(TsvTable table)
    {
        var bits = new ulong[(KeyCount + 63) / 64];
        var length = 0;
        foreach (var row in table.Rows)
        {
            var prefix = row.Required("prefix");
            if (prefix.Length is < 1 or > KeyDigits || !prefix.All(char.IsAsciiDigit))
            {
                throw new FormatException($"{table.Name}:{row.LineNumber}: prefix '{prefix}' is not 1–{KeyDigits} digits.");
            }

            var rowLength = int.Parse(row.Required("length"), System.Globalization.CultureInfo.InvariantCulture);
            if (length != 0 && rowLength != length)
            {
                throw new FormatException($"{table.Name}:{row.LineNumber}: all ranges must have one length ({length}).");
            }

            length = rowLength;
            var scale = (int)Math.Pow(10, KeyDigits - prefix.Length);
            var first = int.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) * scale;
            for (var k = first; k < first + scale; k++)
            {
                bits[k >> 6] |= 1UL << (k & 63);
            }
        }

        if (length <= KeyDigits)
        {
            throw new FormatException($"{table.Name}: no mobile ranges.");
        }

        return new MobileRanges(bits, length, table.Version);
    }
}
