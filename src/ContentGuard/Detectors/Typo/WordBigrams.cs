using System.Reflection;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Word-bigram counts from the dictionary that ships inside Lucene.Net.Analysis.SmartCn (<c>bigramdict.mem</c>: counts of
/// adjacent word pairs in a segmented news corpus, stored as an open-addressing table of 64-bit FNV hashes of
/// <c>w1@w2</c> plus counts). Read once per process from the package's embedded resource; no strings are kept, so a
/// pair can only be looked up, not listed. A hash collision may (rarely) give a pair a count it does not have.
/// </summary>
internal sealed class WordBigrams
{
    private const int TableLength = 402_137;
    private const string ResourceSuffix = "bigramdict.mem";

    private static readonly Lazy<WordBigrams> LazyShared = new(LoadEmbedded);

    private readonly long[] _hashes;
    private readonly int[] _counts;

    private WordBigrams(long[] hashes, int[] counts)
    {
        _hashes = hashes;
        _counts = counts;
        var n = 0;
        foreach (var h in hashes)
        {
            if (h != 0)
            {
                n++;
            }
        }

        Count = n;
    }

    /// <summary>The table read from the SmartCn assembly, loaded once.</summary>
    public static WordBigrams Shared => LazyShared.Value;

    /// <summary>The number of distinct pairs in the table.</summary>
    public int Count { get; }

    /// <summary>A short description for data versions.</summary>
    public string Version => $"Lucene.Net.Analysis.SmartCn {PackageVersion()} bigramdict ({Count} pairs)";

    private static string PackageVersion()
    {
        var assembly = typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is null ? assembly.GetName().Version?.ToString() ?? "?" : informational.Split('+', ' ')[0];
    }

    /// <summary>How often <paramref name="first"/> was followed by <paramref name="second"/> (0 when never seen).</summary>
    public int Frequency(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        // The table is keyed by the string first + '@' + second; hash it without building the string.
        var h1 = FnvSeed;
        var h2 = DjbSeed;
        Mix(first, ref h1, ref h2);
        Mix("@", ref h1, ref h2);
        Mix(second, ref h1, ref h2);
        var a = (int)(h1 % TableLength);
        var b = h2 % TableLength;
        if (a < 0)
        {
            a += TableLength;
        }

        if (b < 0)
        {
            b += TableLength;
        }

        var index = a;
        for (var i = 1; i < TableLength; i++)
        {
            var stored = _hashes[index];
            if (stored == h1)
            {
                return _counts[index];
            }

            if (stored == 0 || b == 0)
            {
                // A zero probe step never leaves the home slot (the table's builder could not place such a key elsewhere).
                return 0;
            }

            index = (int)((a + ((long)i * b)) % TableLength);
        }

        return 0;
    }

    /// <summary>Reads the table format: an int count and that many 64-bit hashes, then an int count and that many counts.</summary>
    internal static WordBigrams Load(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        var n = reader.ReadInt32();
        if (n != TableLength)
        {
            throw new InvalidDataException($"Unexpected bigram table length {n} (expected {TableLength}).");
        }

        var hashes = new long[n];
        for (var i = 0; i < n; i++)
        {
            hashes[i] = reader.ReadInt64();
        }

        var m = reader.ReadInt32();
        if (m != n)
        {
            throw new InvalidDataException($"Bigram count table length {m} differs from the hash table's {n}.");
        }

        var counts = new int[m];
        for (var i = 0; i < m; i++)
        {
            counts[i] = reader.ReadInt32();
        }

        return new WordBigrams(hashes, counts);
    }

    private static WordBigrams LoadEmbedded()
    {
        var assembly = typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(r => r.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded {ResourceSuffix}.");
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Cannot open {name} in {assembly.GetName().Name}.");
        return Load(stream);
    }

    private const long FnvSeed = unchecked((long)0xcbf29ce484222325L);
    private const long FnvPrime = 1099511628211L;
    private const int DjbSeed = 5381;

    // The table's key hashes: 64-bit FNV over the low then the high byte of each UTF-16 unit, and a djb2 variant for the
    // probe step (both as SmartCn's dictionary builder defines them; they must match bit for bit).
    private static void Mix(ReadOnlySpan<char> s, ref long fnv, ref int djb)
    {
        unchecked
        {
            foreach (var c in s)
            {
                fnv = (fnv ^ (c & 0xFF)) * FnvPrime;
                fnv = (fnv ^ (c >> 8)) * FnvPrime;
                djb = ((djb << 5) + djb + c) & 0xFF;
                djb = ((djb << 5) + djb + c) >> 8;
            }
        }
    }
}
