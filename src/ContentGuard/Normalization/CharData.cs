using System.Collections.Frozen;
using ContentGuard.Data;

namespace ContentGuard.Normalization;

/// <summary>
/// Character tables generated from Unihan (tools/unihan): traditional → simplified, Mandarin readings and visually
/// similar characters. Loaded once per process, on first use, from the embedded resources.
/// </summary>
internal static class CharData
{
    private static readonly Lazy<FrozenDictionary<char, char>> LazyT2S = new(() => LoadCharMap("lexicons/unihan/t2s.tsv", "traditional", "simplified"));
    private static readonly Lazy<FrozenDictionary<char, string[]>> LazyPinyin = new(() => LoadCharList("lexicons/unihan/pinyin.tsv", "char", "pinyin"));
    private static readonly Lazy<FrozenDictionary<char, string[]>> LazyShape = new(() => LoadCharList("lexicons/unihan/shape.tsv", "char", "similar"));

    /// <summary>Traditional → simplified, single BMP chars (characters in simplified use are never keys).</summary>
    public static FrozenDictionary<char, char> TraditionalToSimplified => LazyT2S.Value;

    /// <summary>Toneless Mandarin readings, most common first.</summary>
    public static FrozenDictionary<char, string[]> Pinyin => LazyPinyin.Value;

    /// <summary>Visually similar characters.</summary>
    public static FrozenDictionary<char, string[]> SimilarShape => LazyShape.Value;

    /// <summary>True for a CJK unified ideograph (BMP: the basic block, extension A and the compatibility block).</summary>
    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>The versions of the tables, for <see cref="SoftwareInfo.Data"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Versions()
    {
        foreach (var name in new[] { "lexicons/unihan/t2s.tsv", "lexicons/unihan/pinyin.tsv", "lexicons/unihan/shape.tsv" })
        {
            if (EmbeddedData.Exists(name))
            {
                yield return new(Path.GetFileName(name), ReadVersion(name));
            }
        }
    }

    /// <summary>True when the two characters share a reading (homophones, tones ignored).</summary>
    public static bool SoundAlike(char a, char b)
    {
        if (a == b)
        {
            return true;
        }

        if (!Pinyin.TryGetValue(a, out var ra) || !Pinyin.TryGetValue(b, out var rb))
        {
            return false;
        }

        foreach (var x in ra)
        {
            foreach (var y in rb)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the two characters look alike (either lists the other).</summary>
    public static bool LookAlike(char a, char b) =>
        (SimilarShape.TryGetValue(a, out var sa) && Array.IndexOf(sa, b.ToString()) >= 0)
        || (SimilarShape.TryGetValue(b, out var sb) && Array.IndexOf(sb, a.ToString()) >= 0);

    private static string ReadVersion(string name) => EmbeddedData.ReadTable(name).Version;

    private static FrozenDictionary<char, char> LoadCharMap(string name, string keyColumn, string valueColumn)
    {
        var table = EmbeddedData.TryReadTable(name);
        if (table is null)
        {
            return FrozenDictionary<char, char>.Empty;
        }

        var map = new Dictionary<char, char>();
        foreach (var row in table.Rows)
        {
            var k = row[keyColumn];
            var v = row[valueColumn];
            if (k.Length == 1 && v.Length == 1 && k[0] != v[0])
            {
                map.TryAdd(k[0], v[0]);
            }
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<char, string[]> LoadCharList(string name, string keyColumn, string valueColumn)
    {
        var table = EmbeddedData.TryReadTable(name);
        if (table is null)
        {
            return FrozenDictionary<char, string[]>.Empty;
        }

        var map = new Dictionary<char, string[]>();
        foreach (var row in table.Rows)
        {
            var k = row[keyColumn];
            if (k.Length == 1)
            {
                map.TryAdd(k[0], row.List(valueColumn));
            }
        }

        return map.ToFrozenDictionary();
    }
}
