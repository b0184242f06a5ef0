namespace ContentGuard.Benchmarks.Lexicon;

/// <summary>Deterministic synthetic terms: 2–8 characters drawn from the 3,500 most common CJK code points' range (seed 20261127).</summary>
public static class SyntheticTerms
{
    public static string[] Create(int count)
    {
        var random = new Random(20261127);
        var terms = new HashSet<string>(count, StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[8];
        while (terms.Count < count)
        {
            var length = random.Next(2, 9);
            for (var i = 0; i < length; i++)
            {
                // Skewed towards the start of the block so prefixes are shared, as in real lexicons.
                var r = random.NextDouble();
                buffer[i] = (char)(0x4E00 + (int)(r * r * 6000));
            }

            terms.Add(new string(buffer[..length]));
        }

        return [.. terms];
    }
}
